"""The butcherblock application: CLI, candidate targets, Scrapy crawl, enrichers, pipelines."""
