package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The application shell's settings: server push, so that a change of the store made anywhere (this session, the
 * API, an import, another instance on the same database) reaches every open view without a reload
 * ({@link StoreChangeBroadcast}). Push goes over a WebSocket to the page's own origin, which the
 * Content-Security-Policy's {@code connect-src 'self'} allows; client requests stay XHR, and where a WebSocket cannot
 * be opened Vaadin falls back to long polling.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
public class AtlasShell implements AppShellConfigurator {
}
