"""Text utilities shared by the extraction stages."""
