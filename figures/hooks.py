"""What higher apps add to the centre's figures: each registers a function
`tables(centre_id, period)` returning protected tables (`figures.tables.matrix`), drawn after
the figures' own on the dashboard and in the CSV."""

_table_makers = []


def register_tables(make):
    if make not in _table_makers:
        _table_makers.append(make)


def more_tables(centre_id, period):
    return [table for make in _table_makers for table in make(centre_id, period)]
