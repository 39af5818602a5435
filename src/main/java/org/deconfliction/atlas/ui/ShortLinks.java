package org.deconfliction.atlas.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.deconfliction.atlas.link.LinkAllowance;
import org.deconfliction.atlas.link.LinkRefusedException;
import org.deconfliction.atlas.link.ViewLinks;
import org.deconfliction.atlas.query.ui.QueryUrlState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The view's address kept short enough to open as a link. When the whole query string would pass
 * {@value #SAFE_LENGTH} characters, the question's parameters (a drawn region, mostly) are kept in the store and the
 * address carries {@code link=<id>} in their place; the map view, base layer, overlays, date and incident stay
 * readable in the address, so panning or playing the timeline makes no new link. Opening {@code ?link=<id>} puts the
 * kept parameters back; an id that names nothing is ignored with a notice.
 */
final class ShortLinks {

    /** The longest address written as it is, in characters of the query string. */
    static final int SAFE_LENGTH = 2_000;
    static final String LINK = "link";
    private static final Logger LOG = LoggerFactory.getLogger(ShortLinks.class);

    private final ViewLinks links;
    private final Supplier<LinkAllowance> allowance;
    private String keptQuestion;
    private String keptId;
    private String refusedQuestion;

    ShortLinks(ViewLinks links, Supplier<LinkAllowance> allowance) {
        this.links = links;
        this.allowance = allowance;
    }

    /**
     * The query string (from {@code ?}) for the state, led by the story step shown if any; with a short link for the
     * question when the whole would be too long. When the question cannot be kept, the long address is answered and
     * {@code notice} told why, once per question.
     */
    String write(Map<String, List<String>> state, String storyId, int step, Consumer<String> notice) {
        String whole = AtlasUrl.write(state, storyId, step);
        if (whole.length() <= SAFE_LENGTH) {
            return whole;
        }
        Map<String, List<String>> question = new LinkedHashMap<>();
        state.forEach((name, values) -> {
            if (QueryUrlState.NAMES.contains(name)) {
                question.put(name, values);
            }
        });
        String questionText = MapUrlState.queryString(question).substring(1);
        Optional<String> id = questionText.isEmpty() ? Optional.empty() : keep(questionText, notice);
        if (id.isEmpty()) {
            return whole;
        }
        Map<String, List<String>> linked = new LinkedHashMap<>();
        state.forEach((name, values) -> {
            if (!QueryUrlState.NAMES.contains(name)) {
                linked.put(name, values);
            } else if (!linked.containsKey(LINK)) {
                linked.put(LINK, List.of(id.get()));
            }
        });
        return AtlasUrl.write(linked, storyId, step);
    }

    private Optional<String> keep(String question, Consumer<String> notice) {
        if (question.equals(keptQuestion)) {
            return Optional.of(keptId);
        }
        try {
            keptId = links.keep(question, allowance.get());
            keptQuestion = question;
            return Optional.of(keptId);
        } catch (LinkRefusedException e) {
            refused(question, e.getMessage() + " The address holds the whole question and may be too long to open.",
                    notice);
        } catch (RuntimeException e) {
            LOG.error("A short link could not be kept", e);
            refused(question, "A short link of this view could not be kept because of an internal error, which has"
                    + " been logged; the address holds the whole question and may be too long to open.", notice);
        }
        return Optional.empty();
    }

    private void refused(String question, String message, Consumer<String> notice) {
        if (!question.equals(refusedQuestion)) {
            refusedQuestion = question;
            notice.accept(message);
        }
    }

    /**
     * The parameters with a {@code link} parameter replaced by the parameters kept under its id, which take the
     * place of any of the same names; an id that names nothing (mistyped, cut off, or from another atlas) is
     * removed and reported in {@code ignored}.
     */
    Map<String, List<String>> resolve(Map<String, List<String>> parameters, List<String> ignored) {
        List<String> ids = parameters.get(LINK);
        if (ids == null || ids.isEmpty()) {
            return parameters;
        }
        Map<String, List<String>> resolved = new LinkedHashMap<>(parameters);
        resolved.remove(LINK);
        String id = ids.getFirst();
        Optional<String> kept;
        try {
            kept = links.find(id);
        } catch (RuntimeException e) {
            LOG.error("The short link '{}' could not be read", id, e);
            ignored.add("link '" + shortened(id) + "' was ignored: it cannot be read now; try again later");
            return resolved;
        }
        if (kept.isEmpty()) {
            ignored.add("link '" + shortened(id) + "' was ignored: no view is kept under this id (it may be mistyped"
                    + " or cut off)");
            return resolved;
        }
        decode(kept.get()).forEach(resolved::put);
        keptQuestion = kept.get();
        keptId = id;
        return resolved;
    }

    private static Map<String, List<String>> decode(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
        }
        parameters.replaceAll((name, values) -> List.copyOf(values));
        return parameters;
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
