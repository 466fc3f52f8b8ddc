"""The report's sections, each a function from results to flowables."""
