"""Engines that run ``extractor.runner.process`` somewhere else: worker processes, a Dask cluster."""
