package org.openfse.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.openfse.core.card.AmcContract;
import org.openfse.core.card.ApCvService;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsSession;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.store.Store;
import org.openfse.core.store.StoreException;
import org.openfse.model.api.Patient;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.CardDrivers;
import org.openfse.ui.internal.Messages;
import org.openfse.ui.internal.RunMode;
import org.openfse.ui.internal.card.CardTexts;
import org.openfse.ui.internal.card.CpsPinFlow;
import org.openfse.ui.internal.card.VitaleDetailDialog;
import org.openfse.ui.internal.patients.CardFolders;
import org.openfse.ui.internal.patients.FolderDialog;
import org.openfse.ui.internal.patients.FolderStore;
import org.openfse.ui.internal.patients.PatientIds;
import org.openfse.ui.internal.patients.PatientList;
import org.openfse.ui.internal.patients.Texts;

/**
 * Patients: the list of patient folders (NatTable, paged from the store, searched by name or NIR)
 * with their editor ({@link FolderDialog}); and the Vitale card: reads the Vitale card (button, or the shortcut of the "Lire la carte Vitale" command),
 * asks the CPS PIN when the session's policy wants it, lists the card's beneficiaries, fills the
 * patient folder with the chosen one and opens "Détail Informations Vitale". Card work runs in
 * background jobs. A failed read changes nothing on screen but the message. "Enregistrer la carte
 * dans un dossier" opens the folder of the card's insured person (found by NIR), brought up to date
 * from the card, or a new folder filled from it.
 */
public final class PatientsPart {

    /** Widget ids (the same as {@link UiIds}'s). */
    public static final String READ_BUTTON = UiIds.PATIENTS_READ;
    public static final String MESSAGE = UiIds.PATIENTS_MESSAGE;
    public static final String TABLE = UiIds.PATIENTS_BENEFICIARIES;

    /** Fields of the patient folder, {@code patients.folder.<field>}. */
    public static final List<String> FOLDER_FIELDS = List.of("name", "birthDate", "nir", "quality", "attachment", "rights", "amc",
            "source");

    private static final System.Logger LOG = System.getLogger(PatientsPart.class.getName());
    private static final DateTimeFormatter READ_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
    private static final Duration APCV_WAIT = Duration.ofMinutes(2);

    private final UISynchronize sync;
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile List<CardReaderService> drivers = List.of();
    private volatile CpsSession session;
    private volatile ApCvService apcv;
    private volatile Store store;
    private PatientList list;
    private Button cardFolder;
    private Label message;
    private Table table;
    private Button choose;
    private Button detail;
    private Composite folder;
    private VitaleCard card;
    private LocalDateTime readAt;
    private Beneficiary chosen;

    @Inject
    public PatientsPart(UISynchronize sync) {
        this.sync = sync;
    }

    @Inject
    void setDrivers(@Optional @Service List<CardReaderService> drivers) {
        this.drivers = drivers == null ? List.of() : List.copyOf(drivers);
    }

    @Inject
    void setSession(@Optional @Service CpsSession session) {
        this.session = session;
    }

    @Inject
    void setApCv(@Optional @Service ApCvService apcv) {
        this.apcv = apcv;
    }

    @Inject
    void setStore(@Optional @Service Store store) {
        this.store = store;
    }

    @PostConstruct
    public void create(Composite parent) {
        org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite body = Widgets.section(scroll, UiIds.PART_PATIENTS, Messages.get("patients.title"), Messages.get("patients.intro"));
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, event -> scroll.setMinSize(body.computeSize(Math.max(700, scroll.getClientArea().width), SWT.DEFAULT)));
        if (store == null) {
            Widgets.paragraph(body, Texts.get("part.noStore"));
        }
        list = new PatientList(body, () -> store, this::openFolder, this::newFolder);

        Composite actions = new Composite(body, SWT.NONE);
        actions.setLayout(new RowLayout(SWT.HORIZONTAL));
        Button read = Widgets.id(new Button(actions, SWT.PUSH), UiIds.PATIENTS_READ);
        read.setText(Messages.get("patients.read.button"));
        read.setToolTipText(Messages.get("patients.read.tooltip"));
        read.addListener(SWT.Selection, event -> readCard());
        Button app = Widgets.id(new Button(actions, SWT.PUSH), UiIds.PATIENTS_APCV);
        app.setText(Messages.get("patients.apcv"));
        app.addListener(SWT.Selection, event -> readApCv());

        message = Widgets.id(new Label(body, SWT.WRAP), UiIds.PATIENTS_MESSAGE);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 600;
        message.setLayoutData(messageData);

        table = Widgets.id(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), UiIds.PATIENTS_BENEFICIARIES);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableData.heightHint = 90;
        table.setLayoutData(tableData);
        for (String column : List.of("lastName", "firstName", "nir", "birthDate", "rank", "quality", "amo", "rights")) {
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(Messages.get("patients.column." + column));
            tableColumn.setWidth(switch (column) {
                case "rights", "amo", "nir" -> 160;
                case "rank", "quality" -> 70;
                default -> 120;
            });
        }
        table.addListener(SWT.Selection, event -> choose.setEnabled(table.getSelectionIndex() >= 0));
        table.addListener(SWT.DefaultSelection, event -> chooseSelected());

        Composite folderActions = new Composite(body, SWT.NONE);
        folderActions.setLayout(new RowLayout(SWT.HORIZONTAL));
        choose = Widgets.id(new Button(folderActions, SWT.PUSH), UiIds.PATIENTS_CHOOSE);
        choose.setText(Messages.get("patients.choose"));
        choose.setEnabled(false);
        choose.addListener(SWT.Selection, event -> chooseSelected());
        detail = Widgets.id(new Button(folderActions, SWT.PUSH), UiIds.PATIENTS_DETAIL);
        detail.setText(Messages.get("patients.detail"));
        detail.setEnabled(false);
        detail.addListener(SWT.Selection, event -> openDetail());
        cardFolder = Widgets.id(new Button(folderActions, SWT.PUSH), PatientIds.CARD_FOLDER);
        cardFolder.setText(Texts.get("part.card.button"));
        cardFolder.setEnabled(false);
        cardFolder.addListener(SWT.Selection, event -> cardToFolder());

        Group folderGroup = new Group(body, SWT.NONE);
        folderGroup.setText(Messages.get("patients.folder.title"));
        folderGroup.setLayout(new GridLayout(2, false));
        folderGroup.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        folder = Widgets.id(folderGroup, UiIds.PATIENTS_FOLDER);
        for (String field : FOLDER_FIELDS) {
            new Label(folder, SWT.NONE).setText(Messages.get("patients.folder." + field));
            Label value = Widgets.id(new Label(folder, SWT.WRAP), UiIds.PATIENTS_FOLDER_PREFIX + field);
            value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            value.setText(field.equals("name") ? Messages.get("patients.folder.empty") : "");
        }
    }

    /** Reads the Vitale card in the background (the command "Lire la carte Vitale" calls this too). */
    public void readCard() {
        if (message.isDisposed() || !busy.compareAndSet(false, true)) {
            return;
        }
        message.setText(Messages.get("patients.reading"));
        java.util.Optional<CardReaderService> driver = CardDrivers.choose(drivers, RunMode.current());
        CpsSession currentSession = session;
        CpsPinFlow pins = new CpsPinFlow(sync, message::getShell);
        Job job = Job.create(Messages.get("patients.read.button"), monitor -> {
            try {
                String failure = readWith(driver, currentSession, pins);
                if (failure != null) {
                    sync.asyncExec(() -> say(failure));
                }
            } finally {
                busy.set(false);
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** The read itself, off the UI thread: {@code null} when the card was shown, else the French message. */
    private String readWith(java.util.Optional<CardReaderService> driver, CpsSession currentSession, CpsPinFlow pins) {
        if (driver.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "no card reader driver is installed: the Vitale card cannot be read");
            return Messages.get("patients.read.noDriver");
        }
        String readerName = "?";
        try {
            List<CardReader> readers = driver.get().readers();
            java.util.Optional<CardReader> reader = readers.stream().filter(r -> r.card() == CardType.VITALE).findFirst();
            if (reader.isEmpty()) {
                LOG.log(System.Logger.Level.INFO, "no Vitale card in the readers of driver " + driver.get().driverId() + ": " + readers);
                return Messages.get(readers.isEmpty() ? "patients.read.noReader" : "patients.read.noVitale");
            }
            readerName = reader.get().name();
            CpsPinFlow.Outcome pin = pins.ensure(currentSession, driver.get(), readers, CpsSession.Purpose.CARD_USE, false);
            if (!pin.authenticated()) {
                return pin.message();
            }
            VitaleCard read = driver.get().readVitale(readerName);
            LocalDateTime at = LocalDateTime.now();
            LOG.log(System.Logger.Level.INFO, "Vitale card " + read.serial() + " read in '" + readerName + "': "
                    + read.beneficiaries().size() + " beneficiaries");
            sync.asyncExec(() -> show(read, at));
            return null;
        } catch (CardException e) {
            LOG.log(System.Logger.Level.WARNING, "reading the Vitale card in '" + readerName + "' (driver " + driver.get().driverId()
                    + ") failed: " + e.reason() + ": " + e.getMessage());
            return Messages.get("patients.read.failed", CardTexts.error(e));
        }
    }

    private void readApCv() {
        ApCvService service = apcv;
        if (service == null) {
            LOG.log(System.Logger.Level.INFO, "ApCV asked but no ApCvService is installed");
            say(Messages.get("patients.apcv.none"));
            return;
        }
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        message.setText(Messages.get("patients.apcv.waiting"));
        java.util.Optional<CardReaderService> driver = CardDrivers.choose(drivers, RunMode.current());
        CpsSession currentSession = session;
        CpsPinFlow pins = new CpsPinFlow(sync, message::getShell);
        Job job = Job.create(Messages.get("patients.apcv"), monitor -> {
            String text = null;
            try {
                if (!service.available()) {
                    text = Messages.get("patients.apcv.unavailable");
                } else if (driver.isEmpty()) {
                    text = Messages.get("patients.read.noDriver");
                } else {
                    CpsPinFlow.Outcome pin = pins.ensure(currentSession, driver.get(), driver.get().readers(),
                            CpsSession.Purpose.CARD_USE, currentSession == null || currentSession.current().isEmpty());
                    if (!pin.authenticated() || pin.authentication().isEmpty()) {
                        text = pin.authenticated() ? Messages.get("pin.noSession") : pin.message();
                    } else {
                        VitaleCard read = service.read(pin.authentication().get(), APCV_WAIT);
                        LocalDateTime at = LocalDateTime.now();
                        sync.asyncExec(() -> show(read, at));
                    }
                }
            } catch (CardException e) {
                LOG.log(System.Logger.Level.WARNING, "ApCV read through " + service.providerId() + " failed: " + e.reason() + ": "
                        + e.getMessage());
                text = Messages.get("patients.apcv.failed", CardTexts.error(e));
            } finally {
                busy.set(false);
            }
            String shown = text;
            if (shown != null) {
                sync.asyncExec(() -> say(shown));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void say(String text) {
        if (message.isDisposed()) {
            return;
        }
        message.setText(text);
        message.requestLayout();
    }

    private void show(VitaleCard read, LocalDateTime at) {
        if (table.isDisposed()) {
            return;
        }
        card = read;
        readAt = at;
        cardFolder.setEnabled(true);
        table.removeAll();
        for (Beneficiary beneficiary : read.beneficiaries()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {
                beneficiary.lastName(), beneficiary.firstName(),
                beneficiary.nir().map(CardTexts::nir).orElse(Messages.get("patients.nir.insured", CardTexts.nir(read.insuredNir()))),
                CardTexts.birthDate(beneficiary.birthDate()), Integer.toString(beneficiary.birthRank()), beneficiary.quality(),
                beneficiary.amoRegime() + " " + beneficiary.amoFund() + " " + beneficiary.amoCentre(),
                CardTexts.rights(beneficiary.rights()) });
        }
        if (read.beneficiaries().size() == 1) {
            table.select(0);
            fill(read.beneficiaries().get(0));
            say(Messages.get("patients.read.one", read.serial()));
        } else {
            table.deselectAll();
            choose.setEnabled(false);
            fill(null);
            say(Messages.get("patients.read.done", read.beneficiaries().size(), read.serial()));
        }
    }

    private void chooseSelected() {
        int index = table.getSelectionIndex();
        if (card == null || index < 0 || index >= card.beneficiaries().size()) {
            return;
        }
        fill(card.beneficiaries().get(index));
        say(Messages.get("patients.chosen", CardTexts.fullName(chosen)));
    }

    /** Fills the folder with a beneficiary, or empties it ({@code null}). */
    private void fill(Beneficiary beneficiary) {
        chosen = beneficiary;
        detail.setEnabled(beneficiary != null);
        for (String field : FOLDER_FIELDS) {
            Label value = (Label) find(UiIds.PATIENTS_FOLDER_PREFIX + field);
            value.setText(beneficiary == null ? (field.equals("name") ? Messages.get("patients.folder.choose") : "") : folderValue(field, beneficiary));
        }
        folder.requestLayout();
    }

    private String folderValue(String field, Beneficiary b) {
        return switch (field) {
            case "name" -> b.lastName() + " " + b.firstName();
            case "birthDate" -> CardTexts.birthDate(b.birthDate());
            case "nir" -> b.nir().map(CardTexts::nir).orElse(Messages.get("patients.nir.insured", CardTexts.nir(card.insuredNir())));
            case "quality" -> CardTexts.quality(b.quality()) + ", " + CardTexts.rank(b.birthRank());
            case "attachment" -> Messages.get("patients.folder.attachmentValue", b.amoRegime(), b.amoFund(), b.amoCentre());
            case "rights" -> CardTexts.rightsOn(b.rights(), LocalDate.now());
            case "amc" -> b.details().amc().map(PatientsPart::amc).orElse(Messages.get("patients.folder.noAmc"));
            case "source" -> Messages.get("patients.folder.sourceValue", card.serial(), READ_AT.format(readAt));
            default -> "";
        };
    }

    private static String amc(AmcContract amc) {
        return amc.memberNumber().isEmpty() ? Messages.get("patients.folder.amcValue", amc.amcNumber())
                : Messages.get("patients.folder.amcMemberValue", amc.amcNumber(), amc.memberNumber());
    }

    private org.eclipse.swt.widgets.Control find(String id) {
        for (org.eclipse.swt.widgets.Control child : folder.getChildren()) {
            if (id.equals(child.getData(UiIds.WIDGET_KEY))) {
                return child;
            }
        }
        throw new IllegalStateException("no folder field " + id);
    }

    private void newFolder() {
        edit(null, org.openfse.model.meta.OpenfseFactory.eINSTANCE.createPatient(), "");
    }

    private void openFolder(long id) {
        Store current = store;
        if (current == null) {
            say(Texts.get("part.noStore"));
            return;
        }
        try {
            edit(current, new FolderStore(current).read(id), "");
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "reading patient folder " + id + " failed: " + e.getMessage(), e);
            say(Texts.get("part.readFailed", e.getLocalizedMessage()));
        }
    }

    /** The card read becomes a folder: the insured person's existing folder (by NIR) or a new one. */
    private void cardToFolder() {
        Store current = store;
        if (card == null) {
            say(Texts.get("part.card.none"));
            return;
        }
        if (current == null) {
            say(Texts.get("part.noStore"));
            return;
        }
        try {
            List<Patient> found = new FolderStore(current).findByNir(card.insuredNir().body());
            Patient existing = found.isEmpty() ? null : found.get(0);
            Patient folderToEdit = CardFolders.fromCard(card, existing, readAt.atZone(java.time.ZoneId.systemDefault()).toInstant());
            edit(current, folderToEdit, existing == null ? Texts.get("part.card.new", card.serial())
                    : Texts.get("part.card.found", CardTexts.nir(card.insuredNir())));
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "looking up the folder of card " + card.serial() + " failed: " + e.getMessage(), e);
            say(Texts.get("part.readFailed", e.getLocalizedMessage()));
        }
    }

    /** Opens the editor after the click has been handled; refreshes the list after a save. */
    private void edit(Store known, Patient patient, String intro) {
        Store current = known != null ? known : store;
        if (current == null) {
            say(Texts.get("part.noStore"));
            return;
        }
        if (!intro.isEmpty()) {
            say(intro);
        }
        FolderDialog dialog = new FolderDialog(message.getShell(), new FolderStore(current), patient);
        message.getDisplay().asyncExec(() -> {
            if (message.isDisposed()) {
                return;
            }
            if (dialog.open() == org.eclipse.jface.window.Window.OK && dialog.savedId() != 0) {
                say(Texts.get("part.saved", dialog.savedName()));
                list.refresh();
            }
        });
    }

    /** Opens the dialog after the click has been handled, so that the click returns at once. */
    private void openDetail() {
        if (card != null && chosen != null) {
            VitaleDetailDialog dialog = new VitaleDetailDialog(table.getShell(), card, chosen, readAt);
            table.getDisplay().asyncExec(() -> {
                if (!table.isDisposed()) {
                    dialog.open();
                }
            });
        }
    }
}
