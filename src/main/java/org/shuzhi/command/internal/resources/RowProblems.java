package org.shuzhi.command.internal.resources;

import java.util.List;
import org.shuzhi.platform.InvalidInputException.Violation;

/** The problems of one import row (0-based index among the data rows). */
record RowProblems(int index, List<Violation> violations) {}
