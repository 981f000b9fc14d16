"""`kg report`: one self-contained HTML page to read a graph — summary, actor network, timeline, facts with
their evidence, and the claims on which articles disagree."""

from kg.report.content import Scope
from kg.report.page import build_report

__all__ = ["Scope", "build_report"]
