package org.openfse.ui.internal.patients;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practice;

/**
 * Reads and writes patient folders for the screens. A new folder goes into the practice (the first
 * one stored); an edited folder is updated with the version it was read with, so that a change
 * made meanwhile on another workstation is refused ({@link org.openfse.core.store.ConcurrentUpdateException}).
 * The store audits every write.
 */
public final class FolderStore {

    private final Store store;

    public FolderStore(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The folder with this id, as stored now. */
    public Patient read(long id) {
        return store.inTransaction(tx -> tx.repository(Patient.class).get(id));
    }

    /** The folders holding this NIR (13 or 15 characters), the insured person's or a beneficiary's. */
    public List<Patient> findByNir(String nir) {
        return store.inTransaction(tx -> tx.repository(Patient.class).findBy("nir", nir));
    }

    /**
     * Saves a copy of the folder (the object given is left as it is, so a refused save can be
     * corrected and tried again).
     *
     * @return the folder's id
     * @throws org.openfse.core.store.ConcurrentUpdateException when somebody else changed it since it was read
     * @throws org.openfse.core.store.StoreException when the store fails
     */
    public long save(Patient folder) {
        Patient copy = EcoreUtil.copy(folder);
        return store.inTransaction(tx -> {
            Repository<Patient> patients = tx.repository(Patient.class);
            if (copy.getId() != 0) {
                patients.update(copy);
                return patients.idOf(copy);
            }
            if (copy.getCreatedAt() == null) {
                copy.setCreatedAt(Instant.now());
            }
            Optional<Practice> practice = tx.repository(Practice.class).page(PageRequest.first(1).sortedBy("id", false)).items()
                    .stream().findFirst();
            practice.ifPresent(p -> p.getPatients().add(copy));
            return patients.insert(copy);
        });
    }
}
