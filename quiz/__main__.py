"""`python -m quiz` runs the same command line as `quiz`."""

from quiz.cli import main

raise SystemExit(main())
