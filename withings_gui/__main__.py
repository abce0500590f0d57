import sys

from withings_gui.cli import main

sys.exit(main())
