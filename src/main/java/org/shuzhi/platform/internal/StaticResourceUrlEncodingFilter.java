package org.shuzhi.platform.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (it turns {@code /webjars/htmx.org/dist/htmx.min.js}
 * into the versioned path) asked only about links that can name a static file.
 *
 * <p>Why: the static-resource handler is mapped to {@code /**}, so Spring tries every link a page
 * writes — {@code /hazards/123}, {@code /hazards?page=2} — against four classpath locations inside
 * the nested jars and caches only hits. Those misses (global locks in the jar loader) took about
 * 70% of the CPU of the hazard list page under 50 concurrent users. Every file under {@code
 * static/} and in the WebJars has an extension and no page route does, so a link whose last path
 * segment has no dot is written unchanged without the lookup — exactly what the lookup would have
 * concluded.
 */
class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!(response instanceof HttpServletResponse original)) {
      super.doFilter(request, response, chain);
      return;
    }
    super.doFilter(
        request,
        response,
        (req, encoding) ->
            chain.doFilter(req, new FileLinksOnly((HttpServletResponse) encoding, original)));
  }

  /** True when the link's last path segment (query and fragment ignored) has an extension. */
  static boolean mayNameStaticFile(String url) {
    int end = url.length();
    int query = url.indexOf('?');
    if (query >= 0) {
      end = query;
    }
    int fragment = url.indexOf('#');
    if (fragment >= 0 && fragment < end) {
      end = fragment;
    }
    int lastSlash = url.lastIndexOf('/', end - 1);
    int dot = url.indexOf('.', lastSlash + 1);
    return dot >= 0 && dot < end;
  }

  /** Sends file links through the resource encoding, every other link straight on. */
  private static final class FileLinksOnly extends HttpServletResponseWrapper {

    private final HttpServletResponse original;

    FileLinksOnly(HttpServletResponse encoding, HttpServletResponse original) {
      super(encoding);
      this.original = original;
    }

    @Override
    public String encodeURL(String url) {
      return mayNameStaticFile(url) ? super.encodeURL(url) : original.encodeURL(url);
    }
  }
}
