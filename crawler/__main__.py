"""`python -m crawler` is `butcherblock`."""

from crawler.cli import main

main()
