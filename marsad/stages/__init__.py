"""Pipeline stages, one module each, named for the Article field it writes (see pipeline.STAGES)."""
