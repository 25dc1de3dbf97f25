"""Quotation extraction: quotation marks and spans, attribution cues, speaker resolution."""
