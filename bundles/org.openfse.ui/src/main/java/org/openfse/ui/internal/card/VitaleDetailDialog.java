package org.openfse.ui.internal.card;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.openfse.core.card.AmcContract;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.BeneficiaryDetails;
import org.openfse.core.card.ExemptionPeriod;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.card.WorkAccidentRights;
import org.openfse.ui.api.UiIds;
import org.openfse.ui.api.Widgets;
import org.openfse.ui.internal.Messages;

/**
 * "Détail Informations Vitale" (seed 002): what the card says about the chosen beneficiary, in the
 * seed's groups (rattachement, carte, bénéficiaire, assuré, droits et couvertures, AMC, accident du
 * travail). Read only. A field the card profile does not carry says "non porté par la carte"; a field
 * the card leaves empty says "non renseigné". The ADRi tab says that ADRi is not available.
 */
public final class VitaleDetailDialog extends Dialog {

    private static final DateTimeFormatter READ_AT = DateTimeFormatter.ofPattern("dd/MM/yy 'à' HH:mm");

    private final VitaleCard card;
    private final Beneficiary beneficiary;
    private final LocalDateTime readAt;

    public VitaleDetailDialog(Shell parent, VitaleCard card, Beneficiary beneficiary, LocalDateTime readAt) {
        super(parent);
        this.card = card;
        this.beneficiary = beneficiary;
        this.readAt = readAt;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("detail.title"));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.id(createButton(parent, IDialogConstants.OK_ID, Messages.get("detail.ok"), true), UiIds.VITALE_DETAIL_OK);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        TabFolder tabs = new TabFolder(area, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TabItem read = new TabItem(tabs, SWT.NONE);
        read.setText(Messages.get("detail.tab.card"));
        read.setControl(cardTab(tabs));
        TabItem adri = new TabItem(tabs, SWT.NONE);
        adri.setText(Messages.get("detail.tab.adri"));
        Composite adriBody = new Composite(tabs, SWT.NONE);
        adriBody.setLayout(new GridLayout(1, false));
        Widgets.id(Widgets.paragraph(adriBody, Messages.get("detail.adri.unavailable")), UiIds.VITALE_DETAIL_PREFIX + "adri");
        adri.setControl(adriBody);
        return area;
    }

    private Composite cardTab(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, true));
        Composite left = column(body);
        Composite right = column(body);
        BeneficiaryDetails details = beneficiary.details();
        Beneficiary insured = card.insured();
        String none = Messages.get("card.value.none");

        // Seed 002 puts "Régime 01 Caisse 999 Centre 9999 Gest. 10" on one line.
        Group attachment = group(left, "detail.group.attachment", 8);
        field(attachment, "regime", beneficiary.amoRegime(), 1);
        field(attachment, "fund", beneficiary.amoFund(), 1);
        field(attachment, "centre", beneficiary.amoCentre(), 1);
        field(attachment, "managingCode", orNone(details.amoManagingCode()), 1);
        field(attachment, "fundLabel", Messages.get("card.value.notOnCard"), 7);
        field(attachment, "readAt", Messages.get("detail.readAt", READ_AT.format(readAt)), 7);

        Group cardGroup = group(left, "detail.group.card", 4);
        field(cardGroup, "kind", CardTexts.kind(card.kind()), 1);
        field(cardGroup, "serial", card.serial(), 1);
        field(cardGroup, "validity", CardTexts.day(card.validUntil()), 3);

        Group person = group(left, "detail.group.beneficiary", 4);
        field(person, "lastName", beneficiary.lastName(), 1);
        field(person, "firstName", beneficiary.firstName(), 1);
        field(person, "birthName", orNone(details.birthName()), 1);
        field(person, "birthDate", CardTexts.birthDate(beneficiary.birthDate()), 1);
        field(person, "nir", beneficiary.nir().map(CardTexts::nir).orElse(none), 1);
        field(person, "certificationDate", CardTexts.day(details.certificationDate()), 1);
        field(person, "quality", CardTexts.quality(beneficiary.quality()), 1);
        field(person, "rank", CardTexts.rank(beneficiary.birthRank()), 1);
        field(person, "address", details.address().isEmpty() ? none : String.join("\n", details.address()), 3);

        Group accidents = group(left, "detail.group.workAccident", 4);
        Optional<WorkAccidentRights> at = details.workAccident();
        field(accidents, "atRiskManager", at.map(WorkAccidentRights::riskManager).orElse(none), 3);
        List<WorkAccidentRights.WorkAccident> list = at.map(WorkAccidentRights::accidents).orElse(List.of());
        for (int i = 0; i < 3; i++) {
            Optional<WorkAccidentRights.WorkAccident> accident = i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
            field(accidents, "at" + (i + 1) + "Manager", accident.map(WorkAccidentRights.WorkAccident::manager).orElse(none), 1);
            field(accidents, "at" + (i + 1) + "Id", accident.map(WorkAccidentRights.WorkAccident::id).orElse(none), 1);
        }

        Group holder = group(right, "detail.group.insured", 4);
        field(holder, "insuredLastName", insured.lastName(), 1);
        field(holder, "insuredFirstName", insured.firstName(), 1);
        field(holder, "insuredNir", CardTexts.nir(card.insuredNir()), 1);
        field(holder, "holderId", Messages.get("card.value.notOnCard"), 1);
        field(holder, "gp", details.gpDeclared().map(gp -> Messages.get(gp ? "card.yes" : "card.no")).orElse(none), 3);

        Group rights = group(right, "detail.group.rights", 4);
        field(rights, "amoRights", CardTexts.rights(beneficiary.rights()), 3);
        exemptions(rights, details.exemptions());
        field(rights, "amoService", details.amoService().map(CardTexts::amoService).orElse(none), 3);
        field(rights, "amoServicePeriod", CardTexts.period(details.amoService().flatMap(s -> s.period())), 3);
        field(rights, "status", Messages.get("card.value.notOnCard"), 3);
        field(rights, "mutuelleRights", CardTexts.period(details.mutuelle().flatMap(m -> m.period())), 3);

        Group amc = group(right, "detail.group.amc", 4);
        Optional<AmcContract> contract = details.amc();
        field(amc, "mutuelleNumber", details.mutuelle().map(m -> m.number()).orElse(none), 3);
        field(amc, "amcNumber", contract.map(AmcContract::amcNumber).orElse(none), 1);
        field(amc, "amcMember", contract.map(c -> orNone(c.memberNumber())).orElse(none), 1);
        field(amc, "amcPeriod", CardTexts.period(contract.flatMap(AmcContract::period)), 3);
        return body;
    }

    private static Composite column(Composite parent) {
        Composite column = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        column.setLayout(layout);
        column.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return column;
    }

    /** A group of label and value pairs on {@code columns} grid columns (two per pair). */
    private static Group group(Composite parent, String titleKey, int columns) {
        Group group = new Group(parent, SWT.NONE);
        // "&" would be a mnemonic in a group title ("Droits & Couvertures").
        group.setText(Messages.get(titleKey).replace("&", "&&"));
        GridLayout layout = new GridLayout(columns, false);
        layout.verticalSpacing = 3;
        layout.marginHeight = 3;
        group.setLayout(layout);
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return group;
    }

    /** A label and its read-only value, the value spanning {@code span} grid columns. */
    private static void field(Composite group, String key, String value, int span) {
        Label label = new Label(group, SWT.NONE);
        label.setText(Messages.get("detail.field." + key));
        label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        int style = SWT.READ_ONLY | SWT.BORDER | (value.contains("\n") ? SWT.MULTI | SWT.WRAP : SWT.SINGLE);
        Text text = Widgets.id(new Text(group, style), UiIds.VITALE_DETAIL_PREFIX + key);
        text.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        data.widthHint = span == 1 ? 70 : 200;
        text.setLayoutData(data);
    }

    private static void exemptions(Composite group, List<ExemptionPeriod> exemptions) {
        Label label = new Label(group, SWT.NONE);
        label.setText(Messages.get("detail.field.ald"));
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        Table table = Widgets.id(new Table(group, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION), UiIds.VITALE_DETAIL_PREFIX + "ald");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String column : List.of("from", "to", "ald", "situation")) {
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(Messages.get("detail.ald." + column));
            tableColumn.setWidth(column.equals("from") || column.equals("to") ? 90 : 45);
        }
        for (ExemptionPeriod exemption : exemptions) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {CardTexts.day(exemption.period().from()),
                exemption.period().to().map(CardTexts::day).orElse(""),
                Messages.get(exemption.ald() ? "card.yes" : "card.no"), exemption.situation()});
        }
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        data.heightHint = table.getHeaderHeight() + table.getItemHeight() * 2;
        data.widthHint = 200;
        table.setLayoutData(data);
    }

    private static String orNone(String value) {
        return value.isEmpty() ? Messages.get("card.value.none") : value;
    }
}
