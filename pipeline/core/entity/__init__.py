"""Entity mentions: span clean-up, known names (gazetteer) and canonical names."""
