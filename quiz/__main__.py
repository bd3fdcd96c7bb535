"""`python -m quiz` runs the same command line as `quiz`."""

from quiz.commands import main

raise SystemExit(main())
