"""Language data shared by the stages: each entry says what French usage it covers."""
