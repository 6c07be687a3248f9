"""Set-up scripts for sites the tests serve in another process: each module defines main(), run
by `manage.py shell -c` with tests.services.setup_script(name, **params). They print their
result as JSON on their last line."""
