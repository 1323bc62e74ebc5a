"""`python -m marsad` runs the command line, as the `marsad` script does."""

from marsad.cli import main

main(prog_name="marsad")
