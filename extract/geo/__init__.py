"""Place data shared by NER and events: the GeoNames gazetteer, its build, linking by context, name keys."""
