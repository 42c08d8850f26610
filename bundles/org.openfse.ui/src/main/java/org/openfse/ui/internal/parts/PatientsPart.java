package org.openfse.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.Period;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;
import org.openfse.core.card.VitaleCard;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.CardDrivers;
import org.openfse.ui.internal.Messages;
import org.openfse.ui.internal.RunMode;

/** Patients: reads the Vitale card and lists its beneficiaries. */
public final class PatientsPart {

    /** Widget ids. */
    public static final String READ_BUTTON = "patients.read";
    public static final String MESSAGE = "patients.message";
    public static final String TABLE = "patients.beneficiaries";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UISynchronize sync;
    private volatile List<CardReaderService> drivers = List.of();
    private Label message;
    private Table table;

    @Inject
    public PatientsPart(UISynchronize sync) {
        this.sync = sync;
    }

    @Inject
    void setDrivers(@Optional @Service List<CardReaderService> drivers) {
        this.drivers = drivers == null ? List.of() : List.copyOf(drivers);
    }

    @PostConstruct
    public void create(Composite parent) {
        Composite body = SectionPart.frame(parent, UiIds.PART_PATIENTS, Messages.get("patients.title"), Messages.get("patients.intro"));
        Button read = Widgets.id(new Button(body, SWT.PUSH), READ_BUTTON);
        read.setText(Messages.get("patients.read"));
        read.addListener(SWT.Selection, event -> readCard());
        message = Widgets.id(new Label(body, SWT.WRAP), MESSAGE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Widgets.id(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), TABLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String column : List.of("lastName", "firstName", "nir", "birthDate", "rank", "quality", "amo", "rights")) {
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(Messages.get("patients.column." + column));
            tableColumn.setWidth(column.equals("rights") || column.equals("amo") ? 170 : 120);
        }
    }

    private void readCard() {
        message.setText(Messages.get("patients.reading"));
        java.util.Optional<CardReaderService> driver = CardDrivers.choose(drivers, RunMode.current());
        Job job = Job.create(Messages.get("patients.read"), monitor -> {
            String text;
            VitaleCard card = null;
            if (driver.isEmpty()) {
                text = Messages.get("patients.read.noDriver");
            } else {
                try {
                    java.util.Optional<CardReader> reader = driver.get().readers().stream()
                            .filter(r -> r.card() == CardType.VITALE).findFirst();
                    if (reader.isEmpty()) {
                        text = Messages.get("patients.read.noVitale");
                    } else {
                        card = driver.get().readVitale(reader.get().name());
                        text = Messages.get("patients.read.done", card.beneficiaries().size(), card.serial());
                    }
                } catch (CardException e) {
                    text = Messages.get("patients.read.failed", Messages.get("card.error." + e.reason().name()));
                }
            }
            VitaleCard result = card;
            String shown = text;
            sync.asyncExec(() -> show(shown, result));
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void show(String text, VitaleCard card) {
        if (table.isDisposed()) {
            return;
        }
        message.setText(text);
        message.getParent().layout(true, true);
        table.removeAll();
        if (card == null) {
            return;
        }
        for (Beneficiary beneficiary : card.beneficiaries()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {
                beneficiary.lastName(), beneficiary.firstName(),
                beneficiary.nir().map(Object::toString).orElse(card.insuredNir().toString()),
                beneficiary.birthDate(), Integer.toString(beneficiary.birthRank()), beneficiary.quality(),
                beneficiary.amoRegime() + " " + beneficiary.amoFund() + " " + beneficiary.amoCentre(),
                rights(beneficiary.rights()) });
        }
    }

    private static String rights(List<Period> periods) {
        if (periods.isEmpty()) {
            return Messages.get("rights.none");
        }
        Period last = periods.get(periods.size() - 1);
        return last.to().map(end -> Messages.get("rights.openUntil", DAY.format(last.from()), DAY.format(end)))
                .orElseGet(() -> Messages.get("rights.open", DAY.format(last.from())));
    }
}
