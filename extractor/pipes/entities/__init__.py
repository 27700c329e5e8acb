"""Entity stage: named-entity mentions grouped into one cluster per referent."""

from extractor.pipes.entities.cluster import EntityCluster, Mention
from extractor.pipes.entities.factory import EntityClusterer

__all__ = ["EntityCluster", "EntityClusterer", "Mention"]
