"""Entity stage: named-entity mentions grouped into one cluster per referent."""

from extractor.pipes.entities.factory import EntityCluster, EntityClusterer

__all__ = ["EntityCluster", "EntityClusterer"]
