package org.shuzhi.efficiency.internal;

import java.time.Instant;
import org.shuzhi.platform.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * The public listing (公示) of a year: enterprise name, group and class of the version in publicity
 * or published — nothing else (no scores, figures, codes or places), open without sign-in.
 */
@Service
class PublicListing {

  static final int PAGE_SIZE = 50;
  static final int MAX_QUERY = 50;

  /** The period and status of the version shown, and a page of its lines. */
  record Listing(
      int year,
      int version,
      RunStatus status,
      Instant publicityStart,
      Instant publicityEnd,
      String query,
      WorkflowRepository.PublicPage page) {}

  private final WorkflowRepository repository;

  PublicListing(WorkflowRepository repository) {
    this.repository = repository;
  }

  /** Empty when nothing of the year is in publicity or published. */
  java.util.Optional<Listing> listing(int year, String name, int page) {
    String q = WorkflowText.trimmed(name);
    if (q != null && q.length() > MAX_QUERY) {
      throw new InvalidInputException("q", "efficiency.public.queryTooLong", MAX_QUERY);
    }
    int p = Math.max(0, page);
    return repository
        .publicRun(year)
        .map(
            run ->
                new Listing(
                    year,
                    run.version(),
                    run.status(),
                    run.publicityStart(),
                    run.publicityEnd(),
                    q,
                    repository.publicLines(run.id(), q, p, PAGE_SIZE)));
  }
}
