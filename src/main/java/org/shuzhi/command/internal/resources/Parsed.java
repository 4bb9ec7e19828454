package org.shuzhi.command.internal.resources;

import java.util.List;
import org.shuzhi.platform.InvalidInputException.Violation;

/** An import row read into a draft, with the problems of cells that did not even parse. */
record Parsed<D>(D draft, List<Violation> problems) {}
