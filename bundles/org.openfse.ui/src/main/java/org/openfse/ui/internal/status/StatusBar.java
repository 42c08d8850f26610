package org.openfse.ui.internal.status;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CpsSession;
import org.openfse.core.events.Topics;
import org.openfse.core.store.Store;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.CardDrivers;
import org.openfse.ui.internal.Messages;
import org.openfse.ui.internal.RunMode;
import org.osgi.service.event.Event;

/**
 * The status bar: run mode, practitioner (from the CPS card, and whether its PIN was verified), card
 * reader state and database. It refreshes on every card event (readers and cards coming and going,
 * CPS session opened or closed). Hardware and database are queried in a background job, never on the
 * UI thread.
 */
public final class StatusBar {

    private final UISynchronize sync;
    private volatile List<CardReaderService> drivers = List.of();
    private volatile Store store;
    private volatile CpsSession session;
    private Label mode;
    private Label practitioner;
    private Label reader;
    private Label database;

    @Inject
    public StatusBar(UISynchronize sync) {
        this.sync = sync;
    }

    @Inject
    void setDrivers(@Optional @Service List<CardReaderService> drivers) {
        this.drivers = drivers == null ? List.of() : List.copyOf(drivers);
        refreshLater();
    }

    @Inject
    void setSession(@Optional @Service CpsSession session) {
        this.session = session;
        refreshLater();
    }

    @Inject
    void setStore(@Optional @Service Store store) {
        this.store = store;
        refreshLater();
    }

    @Inject
    @Optional
    void onCardEvent(@UIEventTopic(Topics.CARD_ALL) Event event) {
        refreshLater();
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setData("org.eclipse.e4.ui.css.CssClassName", "openfse-status");
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.spacing = 24;
        layout.marginLeft = 8;
        layout.center = true;
        bar.setLayout(layout);
        mode = Widgets.id(new Label(bar, SWT.NONE), UiIds.STATUS_MODE);
        practitioner = Widgets.id(new Label(bar, SWT.NONE), UiIds.STATUS_PRACTITIONER);
        reader = Widgets.id(new Label(bar, SWT.NONE), UiIds.STATUS_READER);
        database = Widgets.id(new Label(bar, SWT.NONE), UiIds.STATUS_DATABASE);
        mode.setText(RunMode.current().label());
        practitioner.setText(Messages.get("status.practitioner.none"));
        reader.setText(Messages.get("status.reader.searching"));
        database.setText(Messages.get("status.database.none"));
        refreshLater();
    }

    private void refreshLater() {
        if (reader == null) {
            return;
        }
        List<CardReaderService> currentDrivers = drivers;
        Store currentStore = store;
        CpsSession currentSession = session;
        Job job = Job.create(Messages.get("status.reader.searching"), monitor -> {
            StatusSnapshot snapshot = StatusSnapshot.take(CardDrivers.choose(currentDrivers, RunMode.current()), currentStore, currentSession);
            sync.asyncExec(() -> show(snapshot));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(StatusSnapshot snapshot) {
        if (reader.isDisposed()) {
            return;
        }
        show(practitioner, snapshot.practitioner(), 40);
        show(reader, snapshot.reader(), 44);
        show(database, snapshot.database(), 30);
        // The trim bar around the status bar must grow with the new texts: lay out up to the shell.
        reader.requestLayout();
        practitioner.requestLayout();
        database.requestLayout();
    }

    /**
     * Shows a text cut to {@code max} characters (with an ellipsis) so that the whole bar fits a
     * 1200-pixel window; the full text stays in the tooltip.
     */
    private static void show(Label label, String text, int max) {
        label.setText(text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "\u2026");
        label.setToolTipText(text);
    }
}
