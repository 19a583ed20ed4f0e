"""Extract dated policy events from news articles in English, Spanish and French."""
