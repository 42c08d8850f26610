package org.openfse.ui.internal.patients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.openfse.core.Period;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.store.ConcurrentUpdateException;
import org.openfse.core.store.StoreException;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Justification;
import org.openfse.model.api.Patient;
import org.openfse.model.api.WorkAccident;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.validation.ModelValidator;
import org.openfse.model.validation.Problem;
import org.openfse.ui.api.Widgets;

/**
 * "Dossier patient": creates or edits a folder — the insured person, the beneficiaries and, for the
 * beneficiary shown, its AMO coverage (régime/caisse/centre, rights period, exemption, ALD,
 * maternité, accident du travail) and AMC coverage (number, contract type, gestion
 * unique/séparée). Saving checks the folder with the model's {@link ModelValidator}: each French
 * message is shown next to its field and nothing is written until all are corrected. A folder
 * changed meanwhile on another workstation is refused with a clear message; the typed values stay.
 */
public final class FolderDialog extends Dialog {

    static final List<Justification> JUSTIFICATIONS = List.of(Justification.values());
    static final List<AmcManagement> MANAGEMENTS = List.of(AmcManagement.UNIQUE, AmcManagement.SEPARATE, AmcManagement.NONE);

    private static final System.Logger LOG = System.getLogger(FolderDialog.class.getName());
    private static final OpenfseFactory FACTORY = OpenfseFactory.eINSTANCE;

    private final FolderStore store;
    private final Patient folder;
    private final FieldCells cells = new FieldCells(PatientIds.EDIT_PREFIX, Texts::get);
    private final ModelValidator validator = new ModelValidator();
    private org.eclipse.swt.widgets.List beneficiaries;
    private Label message;
    private ScrolledComposite scroll;
    private Composite area;
    private int current = -1;
    private long savedId;
    private String savedName = "";

    /**
     * @param folder the folder to edit (as read from the store, or new); changed in place as the user types
     */
    public FolderDialog(Shell parent, FolderStore store, Patient folder) {
        super(parent);
        this.store = store;
        this.folder = folder;
        if (folder.getInsured() == null) {
            folder.setInsured(FACTORY.createInsured());
        }
        if (folder.getBeneficiaries().isEmpty()) {
            Beneficiary first = FACTORY.createBeneficiary();
            first.setQuality("00");
            first.setBirthRank(1);
            folder.getBeneficiaries().add(first);
        }
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The id of the saved folder, 0 when nothing was saved. */
    public long savedId() {
        return savedId;
    }

    /** The name of the insured person of the saved folder. */
    public String savedName() {
        return savedName;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Texts.get("edit.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite outer = (Composite) super.createDialogArea(parent);
        scroll = new ScrolledComposite(outer, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        area = new Composite(scroll, SWT.NONE);
        GridLayout areaLayout = new GridLayout(1, false);
        areaLayout.marginWidth = 0;
        areaLayout.marginHeight = 0;
        area.setLayout(areaLayout);
        scroll.setContent(area);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        message = Widgets.id(new Label(area, SWT.WRAP), PatientIds.EDIT_MESSAGE);
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 700;
        message.setLayoutData(messageData);
        message.setText(folder.getId() == 0 ? Texts.get("edit.new") : Texts.get("edit.existing", folder.getId()));

        Group insured = group(area, "edit.insured");
        Composite grid = FieldCells.grid(insured, 5);
        for (String name : List.of("lastName", "firstName", "birthName", "birthDate", "phone", "nir", "nirKey", "email")) {
            cells.text(grid, "insured", name);
        }
        cells.text(grid, "insured", "address", 2, SWT.BORDER | SWT.MULTI | SWT.WRAP);

        Composite lower = new Composite(area, SWT.NONE);
        GridLayout lowerLayout = new GridLayout(2, false);
        lowerLayout.marginWidth = 0;
        lower.setLayout(lowerLayout);
        lower.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group list = group(lower, "edit.beneficiaries");
        list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        beneficiaries = Widgets.id(new org.eclipse.swt.widgets.List(list, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), PatientIds.EDIT_BENEFICIARIES);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.widthHint = 190;
        listData.heightHint = 160;
        beneficiaries.setLayoutData(listData);
        beneficiaries.addListener(SWT.Selection, event -> switchTo(beneficiaries.getSelectionIndex()));
        button(list, PatientIds.EDIT_ADD, "edit.add").addListener(SWT.Selection, event -> addBeneficiary());
        button(list, PatientIds.EDIT_REMOVE, "edit.remove").addListener(SWT.Selection, event -> removeBeneficiary());
        button(list, PatientIds.EDIT_COPY_INSURED, "edit.copyInsured").addListener(SWT.Selection, event -> copyInsured());

        Composite right = new Composite(lower, SWT.NONE);
        GridLayout rightLayout = new GridLayout(1, false);
        rightLayout.marginWidth = 0;
        rightLayout.marginHeight = 0;
        right.setLayout(rightLayout);
        right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        cells.width(132);
        Composite person = FieldCells.grid(group(right, "edit.beneficiary"), 6);
        for (String name : List.of("lastName", "firstName", "birthName", "birthDate", "quality", "nir", "nirKey", "birthRank")) {
            cells.text(person, "beneficiary", name);
        }
        Composite amo = FieldCells.grid(group(right, "edit.amo"), 6);
        for (String name : List.of("regime", "caisse", "centre")) {
            cells.text(amo, "amo", name);
        }
        // an enumeration of the model: always one of its values (VITALE_CARD by default), never "not given"
        cells.combo(amo, "amo", "justification", JUSTIFICATIONS.stream().map(j -> Texts.get("justification." + j.name())).toList());
        for (String name : List.of("rightsFrom", "rightsTo", "exemptionCode", "exemptionFrom", "exemptionTo")) {
            cells.text(amo, "amo", name);
        }
        cells.check(amo, "amo", "ald");
        for (String name : List.of("aldFrom", "aldTo", "maternityEnd")) {
            cells.text(amo, "amo", name);
        }
        cells.check(amo, "amo", "alsaceMoselle");
        for (String name : List.of("workAccidentId", "workAccidentDate")) {
            cells.text(amo, "amo", name);
        }
        Composite amc = FieldCells.grid(group(right, "edit.amc"), 6);
        for (String name : List.of("amcNumber", "memberNumber", "label", "contractType")) {
            cells.text(amc, "amc", name);
        }
        cells.combo(amc, "amc", "management", labels(MANAGEMENTS.stream().map(m -> "management." + m.name()).toList()));
        cells.text(amc, "amc", "rightsFrom");
        cells.text(amc, "amc", "rightsTo");

        showInsured(folder.getInsured());
        refreshList();
        showBeneficiary(0);
        relayout();
        return outer;
    }

    /** The dialog fits the screen; what does not fit scrolls. */
    @Override
    protected Point getInitialSize() {
        Point preferred = super.getInitialSize();
        Rectangle screen = getShell().getMonitor().getClientArea();
        return new Point(Math.min(preferred.x, screen.width - 40), Math.min(preferred.y, screen.height - 40));
    }

    /** Lets the scrolled area grow with the errors shown. */
    private void relayout() {
        area.layout(true, true);
        scroll.setMinSize(area.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Texts.get("edit.save"), true), PatientIds.EDIT_SAVE);
        Widgets.id(createButton(parent, IDialogConstants.CANCEL_ID, Texts.get("edit.cancel"), false), PatientIds.EDIT_CANCEL);
    }

    @Override
    protected void okPressed() {
        cells.clearErrors();
        Map<String, String> typing = new LinkedHashMap<>();
        writeInsured(folder.getInsured(), typing);
        writeBeneficiary(folder.getBeneficiaries().get(current), typing);
        List<Problem> problems = validator.validate(folder).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!typing.isEmpty() || !problems.isEmpty()) {
            show(typing, problems);
            return;
        }
        try {
            savedId = store.save(folder);
            savedName = (nonNull(folder.getInsured().getLastName()) + " " + nonNull(folder.getInsured().getFirstName())).strip();
            LOG.log(System.Logger.Level.INFO, "patient folder " + savedId + " saved");
            super.okPressed();
        } catch (ConcurrentUpdateException e) {
            LOG.log(System.Logger.Level.WARNING, "patient folder not saved: " + e.getMessage());
            say(Texts.get("edit.conflict"));
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "patient folder not saved: " + e.getMessage(), e);
            say(Texts.get("edit.failed", e.getLocalizedMessage()));
        }
    }

    /** Shows the problems next to their fields; those of a hidden beneficiary make it the one shown. */
    private void show(Map<String, String> typing, List<Problem> problems) {
        for (Problem problem : problems) {
            LOG.log(System.Logger.Level.INFO, "patient folder refused: " + problem.logLine());
        }
        Beneficiary shown = folder.getBeneficiaries().get(current);
        Optional<Beneficiary> other = problems.stream().map(p -> owner(p.object())).filter(b -> b != null && b != shown).findFirst();
        if (typing.isEmpty() && other.isPresent() && problems.stream().allMatch(p -> owner(p.object()) != shown)) {
            int index = folder.getBeneficiaries().indexOf(other.get());
            beneficiaries.select(index);
            current = index;
            showBeneficiary(index);
            cells.clearErrors();
        }
        List<String> elsewhere = new ArrayList<>();
        typing.forEach((field, text) -> {
            if (!cells.error(field, text)) {
                elsewhere.add(text);
            }
        });
        Beneficiary now = folder.getBeneficiaries().get(current);
        for (Problem problem : problems) {
            String field = fieldOf(problem, now);
            if (field == null || !cells.error(field, problem.message())) {
                Beneficiary owner = owner(problem.object());
                elsewhere.add(owner == null || owner == now ? problem.message()
                        : Texts.get("edit.problem.other", name(owner), problem.message()));
            }
        }
        say(elsewhere.isEmpty() ? Texts.get("edit.invalid") : Texts.get("edit.invalid") + "\n" + String.join("\n", elsewhere));
        refreshList();
        beneficiaries.select(current);
        relayout();
    }

    /** The field showing a problem of the beneficiary {@code now} (or of the insured person), or {@code null}. */
    private String fieldOf(Problem problem, Beneficiary now) {
        EObject object = problem.object();
        if (object == null || problem.feature() == null) {
            return null;
        }
        String feature = problem.feature().getName();
        if (object instanceof Insured) {
            return cells.id("insured", feature);
        }
        if (owner(object) != now) {
            return null;
        }
        if (object instanceof Beneficiary) {
            return cells.id("beneficiary", feature);
        }
        if (object instanceof AmoCoverage) {
            return cells.id("amo", feature);
        }
        if (object instanceof AmcCoverage) {
            return cells.id("amc", feature);
        }
        return null;
    }

    private static Beneficiary owner(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Beneficiary beneficiary) {
                return beneficiary;
            }
        }
        return null;
    }

    private void switchTo(int index) {
        if (index < 0 || index == current) {
            return;
        }
        cells.clearErrors();
        Map<String, String> typing = new LinkedHashMap<>();
        Beneficiary leaving = folder.getBeneficiaries().get(current);
        writeBeneficiary(leaving, typing);
        List<Problem> problems = validator.validate(leaving).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!typing.isEmpty() || !problems.isEmpty()) {
            beneficiaries.select(current);
            show(typing, problems);
            return;
        }
        refreshList();
        showBeneficiary(index);
        say("");
    }

    private void addBeneficiary() {
        Map<String, String> typing = new LinkedHashMap<>();
        writeBeneficiary(folder.getBeneficiaries().get(current), typing);
        Beneficiary added = FACTORY.createBeneficiary();
        added.setBirthRank(1);
        added.setLastName(folder.getInsured().getLastName());
        folder.getBeneficiaries().add(added);
        refreshList();
        cells.clearErrors();
        showBeneficiary(folder.getBeneficiaries().size() - 1);
        say(Texts.get("edit.added"));
    }

    private void removeBeneficiary() {
        if (folder.getBeneficiaries().size() <= 1) {
            say(Texts.get("edit.remove.last"));
            return;
        }
        Beneficiary removed = folder.getBeneficiaries().remove(current);
        refreshList();
        cells.clearErrors();
        showBeneficiary(Math.max(0, current - 1));
        say(Texts.get("edit.removed", name(removed)));
    }

    /** Copies the insured person's identity into the beneficiary shown (the insured is usually beneficiary 00). */
    private void copyInsured() {
        for (String name : List.of("lastName", "firstName", "birthName", "birthDate", "nir", "nirKey")) {
            cells.set("beneficiary", name, cells.value("insured", name));
        }
        if (cells.value("beneficiary", "quality") == null) {
            cells.set("beneficiary", "quality", "00");
        }
    }

    private void refreshList() {
        String[] items = folder.getBeneficiaries().stream().map(FolderDialog::name).toArray(String[]::new);
        beneficiaries.setItems(items);
    }

    private static String name(Beneficiary b) {
        String text = (nonNull(b.getLastName()) + " " + nonNull(b.getFirstName())).strip();
        String label = text.isEmpty() ? Texts.get("edit.unnamed") : text;
        return b.getQuality() == null ? label : label + " (" + b.getQuality() + ")";
    }

    // --- model to form

    private void showInsured(Insured insured) {
        cells.set("insured", "lastName", insured.getLastName());
        cells.set("insured", "firstName", insured.getFirstName());
        cells.set("insured", "birthName", insured.getBirthName());
        cells.set("insured", "birthDate", FrenchDates.showBirthDate(insured.getBirthDate()));
        cells.set("insured", "nir", insured.getNir());
        cells.set("insured", "nirKey", insured.getNirKey());
        cells.set("insured", "phone", insured.getPhone());
        cells.set("insured", "email", insured.getEmail());
        cells.set("insured", "address", insured.getAddress());
    }

    private void showBeneficiary(int index) {
        current = index;
        beneficiaries.select(index);
        Beneficiary b = folder.getBeneficiaries().get(index);
        cells.set("beneficiary", "lastName", b.getLastName());
        cells.set("beneficiary", "firstName", b.getFirstName());
        cells.set("beneficiary", "birthName", b.getBirthName());
        cells.set("beneficiary", "birthDate", FrenchDates.showBirthDate(b.getBirthDate()));
        cells.set("beneficiary", "quality", b.getQuality());
        cells.set("beneficiary", "nir", b.getNir());
        cells.set("beneficiary", "nirKey", b.getNirKey());
        cells.set("beneficiary", "birthRank", Integer.toString(b.getBirthRank()));
        AmoCoverage amo = b.getAmoCoverages().isEmpty() ? null : b.getAmoCoverages().get(0);
        cells.set("amo", "regime", amo == null ? null : amo.getRegime());
        cells.set("amo", "caisse", amo == null ? null : amo.getCaisse());
        cells.set("amo", "centre", amo == null ? null : amo.getCentre());
        cells.select("amo", "justification", JUSTIFICATIONS.indexOf(amo == null || amo.getJustification() == null
                ? (Justification) org.openfse.model.meta.OpenfsePackage.Literals.AMO_COVERAGE__JUSTIFICATION.getDefaultValue()
                : amo.getJustification()));
        cells.check("amo", "alsaceMoselle", amo != null && amo.isAlsaceMoselle());
        period("amo", "rights", amo == null || amo.getRightsPeriods().isEmpty() ? null : amo.getRightsPeriods().get(0));
        cells.set("amo", "exemptionCode", amo == null ? null : amo.getExemptionCode());
        period("amo", "exemption", amo == null ? null : amo.getExemptionPeriod());
        cells.check("amo", "ald", amo != null && amo.isAld());
        period("amo", "ald", amo == null || amo.getAldPeriods().isEmpty() ? null : amo.getAldPeriods().get(0));
        cells.set("amo", "maternityEnd", amo == null ? null : FrenchDates.show(amo.getMaternityEnd()));
        WorkAccident at = amo == null || amo.getWorkAccidents().isEmpty() ? null : amo.getWorkAccidents().get(0);
        cells.set("amo", "workAccidentId", at == null ? null : at.getIdentifier());
        cells.set("amo", "workAccidentDate", at == null ? null : FrenchDates.show(at.getDate()));
        AmcCoverage amc = b.getAmcCoverages().isEmpty() ? null : b.getAmcCoverages().get(0);
        cells.set("amc", "amcNumber", amc == null ? null : amc.getAmcNumber());
        cells.set("amc", "memberNumber", amc == null ? null : amc.getMemberNumber());
        cells.set("amc", "label", amc == null ? null : amc.getLabel());
        cells.set("amc", "contractType", amc == null ? null : amc.getContractType());
        cells.select("amc", "management", amc == null || amc.getManagement() == null ? 0 : MANAGEMENTS.indexOf(amc.getManagement()) + 1);
        period("amc", "rights", amc == null ? null : amc.getRightsPeriod());
    }

    private void period(String section, String name, Period period) {
        cells.set(section, name + "From", period == null ? null : FrenchDates.show(period.from()));
        cells.set(section, name + "To", period == null ? null : period.to().map(FrenchDates::show).orElse(null));
    }

    // --- form to model; what cannot be read goes to {@code typing} (field id → French message)

    private void writeInsured(Insured insured, Map<String, String> typing) {
        insured.setLastName(cells.value("insured", "lastName"));
        insured.setFirstName(cells.value("insured", "firstName"));
        insured.setBirthName(cells.value("insured", "birthName"));
        insured.setBirthDate(birthDate("insured", typing));
        insured.setNir(upper(cells.value("insured", "nir")));
        insured.setNirKey(cells.value("insured", "nirKey"));
        insured.setPhone(cells.value("insured", "phone"));
        insured.setEmail(cells.value("insured", "email"));
        insured.setAddress(cells.value("insured", "address"));
    }

    private void writeBeneficiary(Beneficiary b, Map<String, String> typing) {
        b.setLastName(cells.value("beneficiary", "lastName"));
        b.setFirstName(cells.value("beneficiary", "firstName"));
        b.setBirthName(cells.value("beneficiary", "birthName"));
        b.setBirthDate(birthDate("beneficiary", typing));
        b.setQuality(cells.value("beneficiary", "quality"));
        b.setNir(upper(cells.value("beneficiary", "nir")));
        b.setNirKey(cells.value("beneficiary", "nirKey"));
        String rank = cells.value("beneficiary", "birthRank");
        try {
            b.setBirthRank(rank == null ? 1 : Integer.parseInt(rank));
        } catch (NumberFormatException e) {
            typing.put(cells.id("beneficiary", "birthRank"), Texts.get("number.format", rank));
        }
        writeAmo(b, typing);
        writeAmc(b, typing);
    }

    private void writeAmo(Beneficiary b, Map<String, String> typing) {
        boolean any = List.of("regime", "caisse", "centre", "rightsFrom", "rightsTo", "exemptionCode", "exemptionFrom", "exemptionTo",
                "aldFrom", "aldTo", "maternityEnd", "workAccidentId", "workAccidentDate").stream().anyMatch(n -> cells.value("amo", n) != null)
                || cells.checked("amo", "ald") || cells.checked("amo", "alsaceMoselle");
        if (!any && b.getAmoCoverages().isEmpty()) {
            return;
        }
        AmoCoverage amo;
        if (b.getAmoCoverages().isEmpty()) {
            amo = FACTORY.createAmoCoverage();
            amo.setSource(RightsStatus.Source.MANUAL);
            b.getAmoCoverages().add(amo);
        } else {
            amo = b.getAmoCoverages().get(0);
        }
        amo.setRegime(cells.value("amo", "regime"));
        amo.setCaisse(cells.value("amo", "caisse"));
        amo.setCentre(cells.value("amo", "centre"));
        amo.setJustification(JUSTIFICATIONS.get(Math.max(0, cells.selected("amo", "justification"))));
        amo.setAlsaceMoselle(cells.checked("amo", "alsaceMoselle"));
        Optional<Period> rights = period("amo", "rights", typing);
        if (rights != null) {
            if (!amo.getRightsPeriods().isEmpty()) {
                amo.getRightsPeriods().remove(0);
            }
            rights.ifPresent(p -> amo.getRightsPeriods().add(0, p));
        }
        amo.setExemptionCode(cells.value("amo", "exemptionCode"));
        Optional<Period> exemption = period("amo", "exemption", typing);
        if (exemption != null) {
            amo.setExemptionPeriod(exemption.orElse(null));
        }
        amo.setAld(cells.checked("amo", "ald"));
        Optional<Period> ald = period("amo", "ald", typing);
        if (ald != null) {
            if (!amo.getAldPeriods().isEmpty()) {
                amo.getAldPeriods().remove(0);
            }
            ald.ifPresent(p -> amo.getAldPeriods().add(0, p));
        }
        day("amo", "maternityEnd", typing).ifPresent(day -> amo.setMaternityEnd(day.orElse(null)));
        String atId = cells.value("amo", "workAccidentId");
        Optional<Optional<LocalDate>> atDate = day("amo", "workAccidentDate", typing);
        if (atId == null && atDate.map(Optional::isEmpty).orElse(false)) {
            if (!amo.getWorkAccidents().isEmpty()) {
                amo.getWorkAccidents().remove(0);
            }
        } else if (atId != null || atDate.flatMap(d -> d).isPresent()) {
            if (amo.getWorkAccidents().isEmpty()) {
                amo.getWorkAccidents().add(FACTORY.createWorkAccident());
            }
            WorkAccident at = amo.getWorkAccidents().get(0);
            at.setIdentifier(atId);
            atDate.ifPresent(d -> at.setDate(d.orElse(null)));
        }
    }

    private void writeAmc(Beneficiary b, Map<String, String> typing) {
        boolean any = List.of("amcNumber", "memberNumber", "label", "contractType", "rightsFrom", "rightsTo").stream()
                .anyMatch(n -> cells.value("amc", n) != null) || cells.selected("amc", "management") > 0;
        if (!any) {
            if (!b.getAmcCoverages().isEmpty()) {
                b.getAmcCoverages().remove(0);
            }
            return;
        }
        if (cells.value("amc", "amcNumber") == null) {
            typing.put(cells.id("amc", "amcNumber"), Texts.get("amc.number.required"));
        }
        if (b.getAmcCoverages().isEmpty()) {
            b.getAmcCoverages().add(FACTORY.createAmcCoverage());
        }
        AmcCoverage amc = b.getAmcCoverages().get(0);
        amc.setAmcNumber(cells.value("amc", "amcNumber"));
        amc.setMemberNumber(cells.value("amc", "memberNumber"));
        amc.setLabel(cells.value("amc", "label"));
        amc.setContractType(cells.value("amc", "contractType"));
        int management = cells.selected("amc", "management");
        amc.setManagement(management <= 0 ? null : MANAGEMENTS.get(management - 1));
        Optional<Period> rights = period("amc", "rights", typing);
        if (rights != null) {
            amc.setRightsPeriod(rights.orElse(null));
        }
    }

    private String birthDate(String section, Map<String, String> typing) {
        try {
            return FrenchDates.birthDate(cells.value(section, "birthDate"));
        } catch (IllegalArgumentException e) {
            typing.put(cells.id(section, "birthDate"), e.getMessage());
            return null;
        }
    }

    /** The day typed in a field: empty when unreadable (the message is in {@code typing}), else the day or none. */
    private Optional<Optional<LocalDate>> day(String section, String name, Map<String, String> typing) {
        try {
            return Optional.of(FrenchDates.day(cells.value(section, name), LocalDate.now()));
        } catch (IllegalArgumentException e) {
            typing.put(cells.id(section, name), e.getMessage());
            return Optional.empty();
        }
    }

    /** The period of two fields {@code <name>From}/{@code <name>To}; {@code null} when unreadable, empty when both are blank. */
    private Optional<Period> period(String section, String name, Map<String, String> typing) {
        Optional<Optional<LocalDate>> from = day(section, name + "From", typing);
        Optional<Optional<LocalDate>> to = day(section, name + "To", typing);
        if (from.isEmpty() || to.isEmpty()) {
            return null;
        }
        if (from.get().isEmpty()) {
            if (to.get().isPresent()) {
                typing.put(cells.id(section, name + "From"), Texts.get("period.from.missing"));
                return null;
            }
            return Optional.empty();
        }
        if (to.get().isPresent() && to.get().get().isBefore(from.get().get())) {
            typing.put(cells.id(section, name + "To"), Texts.get("period.order", FrenchDates.show(to.get().get()),
                    FrenchDates.show(from.get().get())));
            return null;
        }
        return Optional.of(new Period(from.get().get(), to.get()));
    }

    private void say(String text) {
        message.setText(text);
        message.setForeground(text.isEmpty() ? null : message.getDisplay().getSystemColor(SWT.COLOR_RED));
        message.requestLayout();
    }

    private static Group group(Composite parent, String key) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(Texts.get(key));
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    private static Button button(Composite parent, String id, String key) {
        Button button = Widgets.id(new Button(parent, SWT.PUSH), id);
        button.setText(Texts.get(key));
        button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return button;
    }

    private static List<String> labels(List<String> keys) {
        List<String> items = new ArrayList<>();
        items.add(Texts.get("choice.none"));
        keys.forEach(key -> items.add(Texts.get(key)));
        return items;
    }

    private static String upper(String text) {
        return text == null ? null : text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
