"""Demo H5P content written for Pas à Pas: the « Le bon choix » library and two activities."""
