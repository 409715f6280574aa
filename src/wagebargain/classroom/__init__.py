"""The classroom: glue between a scenario, the advisor and the simulator.

* :mod:`.setup` - :func:`classroom_setup`: a scenario's wage round for the simulator, with the
  advisor's numbers as defaults for whatever the ``simulation:`` section leaves out;
* :mod:`.simulation` - one simulated negotiation and its layout;
* :mod:`.play` - a trainee at the keyboard against the computer (or two trainees);
* :mod:`.roles` - confidential role sheets and the instructor's notes;
* :mod:`.debrief` and :mod:`.debrief_report` - a class's settlements scored and ranked;
* :mod:`.tournament` - every pair of strategies over many runs, and its export;
* :mod:`.chart`, :mod:`.present`, :mod:`.doc` - charts, shared tables, document layout.

Pure functions and result objects; only the renderers of :mod:`.doc` touch a console, and
only the CLI (``wagebargain.cli``) prints or writes files.
"""
from wagebargain.classroom.setup import (AdvisorPoints, Classroom, StrategyError,
                                         check_strategy, classroom_setup)

__all__ = ["AdvisorPoints", "Classroom", "StrategyError", "check_strategy", "classroom_setup"]
