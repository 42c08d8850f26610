package org.openfse.ui.internal.patients;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.openfse.core.store.Page;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.model.api.Patient;

/**
 * The rows of the patient list for NatTable, read from the store one page of {@value #PAGE_SIZE}
 * folders at a time when NatTable paints them (sorted by name, filtered by the search text in the
 * database): the whole table is never loaded. A few pages stay in memory; {@link #search(String)}
 * forgets them.
 */
public final class PatientPages implements IDataProvider {

    static final int PAGE_SIZE = 100;
    private static final int PAGES_KEPT = 8;
    private static final System.Logger LOG = System.getLogger(PatientPages.class.getName());

    private final Supplier<Store> store;
    private final Map<Long, List<PatientRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<PatientRow>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private String search;
    private long total;

    public PatientPages(Supplier<Store> store) {
        this.store = store;
    }

    /**
     * Runs a new search (blank for every folder) and reads its first page.
     *
     * @return how many folders match
     * @throws org.openfse.core.store.StoreException when the store fails
     */
    public long search(String text) {
        search = text == null || text.isBlank() ? null : text.strip();
        pages.clear();
        total = 0;
        Store current = store.get();
        if (current == null) {
            return 0;
        }
        total = load(current, 0);
        return total;
    }

    /** How many folders the current search found. */
    public long total() {
        return total;
    }

    /** The row at {@code index} (0-based), reading its page when needed; {@code null} beyond the end. */
    public PatientRow row(int index) {
        if (index < 0 || index >= total) {
            return null;
        }
        long page = index / PAGE_SIZE;
        List<PatientRow> rows = pages.get(page);
        if (rows == null) {
            Store current = store.get();
            if (current == null) {
                return null;
            }
            try {
                load(current, page);
            } catch (RuntimeException e) {
                // painting goes on with empty cells; the next search tells the user
                LOG.log(System.Logger.Level.WARNING, "reading page " + page + " of the patient list failed: " + e.getMessage(), e);
                return null;
            }
            rows = pages.get(page);
        }
        int inPage = index % PAGE_SIZE;
        return rows == null || inPage >= rows.size() ? null : rows.get(inPage);
    }

    private long load(Store current, long page) {
        PageRequest request = new PageRequest(page * PAGE_SIZE, PAGE_SIZE, "name", false, search);
        Page<PatientRow> read = current.inTransaction(tx -> {
            Repository<Patient> repository = tx.repository(Patient.class);
            Page<Patient> folders = repository.page(request);
            return new Page<>(folders.items().stream().map(p -> PatientRow.of(repository.idOf(p), p)).toList(), folders.offset(),
                    folders.total());
        });
        pages.put(page, read.items());
        LOG.log(System.Logger.Level.DEBUG, "patient list page " + page + " read: " + read.items().size() + " of " + read.total());
        return read.total();
    }

    @Override
    public Object getDataValue(int columnIndex, int rowIndex) {
        PatientRow row = row(rowIndex);
        return row == null ? "" : row.column(columnIndex);
    }

    @Override
    public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
        throw new UnsupportedOperationException("the patient list is read-only: folders are edited in their editor");
    }

    @Override
    public int getColumnCount() {
        return PatientRow.COLUMNS.size();
    }

    @Override
    public int getRowCount() {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }
}
