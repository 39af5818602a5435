package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.link.LinkAllowance;
import org.deconfliction.atlas.link.ViewLinks;
import org.deconfliction.atlas.story.Story;

/**
 * The main view's address bar, both ways: the view's state written into the URL after every change, and a link's
 * or a story step's state applied to the view. What a link carries that cannot be used is said in a notice; nothing
 * is written back while a state is being applied.
 */
final class AtlasAddress {

    private final Component view;
    private final ShortLinks shortLinks;
    private ViewState viewState;
    private PresenterMode presenter;
    private SidePanel side;
    private String address = "";
    private boolean restoring;
    private String storyId;
    private int storyStep;

    AtlasAddress(Component view, ViewLinks links) {
        this.view = view;
        this.shortLinks = new ShortLinks(links, () -> sessionAllowance(links));
    }

    /** Connects the parts the address reads and writes, once they are built. */
    void connect(ViewState state, PresenterMode presenterMode, SidePanel sidePanel) {
        this.viewState = state;
        this.presenter = presenterMode;
        this.side = sidePanel;
    }

    /** Applies a link's parameters (a short link resolved first, a story step shown with its story). */
    void enter(Map<String, List<String>> parameters) {
        List<String> ignored = new ArrayList<>();
        Map<String, List<String>> resolved = shortLinks.resolve(parameters, ignored);
        if (viewState.applyStory(resolved, ignored)) {
            side.showStories();
            notice(ignored);
            return;
        }
        storyId = null;
        restoring = true;
        try {
            ignored.addAll(viewState.apply(resolved));
        } finally {
            restoring = false;
        }
        notice(ignored);
        write(false);
    }

    /** Brings the view to a story step's saved state, shows its caption when presenting, and names it in the URL. */
    void applyStep(Story story, int number) {
        restoring = true;
        try {
            notice(viewState.apply(story.step(number).state()));
        } finally {
            restoring = false;
        }
        storyId = story.id();
        storyStep = number;
        presenter.showStep(story, number);
        write(true);
    }

    /**
     * Writes the view's state into the URL: as a new history entry for a new step in time (so the browser's back
     * button returns to the previous one), in place for anything else; not while the state is being read from it.
     */
    void write(boolean newStep) {
        if (restoring) {
            return;
        }
        String query = shortLinks.write(viewState.current(), storyId, storyStep, text -> notice(List.of(text)));
        address = query;
        String method = newStep ? "pushState" : "replaceState";
        view.getUI().ifPresent(ui -> ui.getPage().executeJs("history." + method + "(history.state, '', $0)", query));
    }

    /** The query string last written into the address bar. */
    String address() {
        return address;
    }

    /** The session's allowance of new short links, made on first use. */
    private static LinkAllowance sessionAllowance(ViewLinks links) {
        VaadinSession session = VaadinSession.getCurrent();
        LinkAllowance allowance = session.getAttribute(LinkAllowance.class);
        if (allowance == null) {
            allowance = links.newAllowance();
            session.setAttribute(LinkAllowance.class, allowance);
        }
        return allowance;
    }

    private static void notice(List<String> ignored) {
        if (!ignored.isEmpty()) {
            Notification.show(String.join("; ", ignored), 6000, Notification.Position.BOTTOM_START);
        }
    }
}
