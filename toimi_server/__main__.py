import sys

from toimi_server.cli import main

sys.exit(main())
