"""`python -m crawler` is `butcherblock`."""

from crawler.cli import main

if __name__ == "__main__":  # not when a crawl's helper process is spawned from here
    main()
