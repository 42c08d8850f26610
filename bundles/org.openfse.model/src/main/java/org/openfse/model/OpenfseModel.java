package org.openfse.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.meta.OpenfsePackage;
import org.openfse.model.util.OpenfseResourceFactoryImpl;

/**
 * Entry point to the generated OpenFSE model ({@value #NS_URI}): its package, its factory, and
 * XMI files of it. Works the same in plain Java and in OSGi (no extension registry needed).
 */
public final class OpenfseModel {

    /** Namespace URI of the metamodel; a new major version of the model gets a new URI. */
    public static final String NS_URI = OpenfsePackage.eNS_URI;

    /** File extension of OpenFSE model files (XMI). */
    public static final String FILE_EXTENSION = "openfse";

    /** Where the .ecore lives inside the bundle. */
    public static final String ECORE_PATH = "model/openfse.ecore";

    private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

    private OpenfseModel() {
    }

    /** The metamodel's package, initialised and registered in the global package registry. */
    public static OpenfsePackage ePackage() {
        return OpenfsePackage.eINSTANCE;
    }

    /** The factory of model objects ({@code factory().createPatient()}...). */
    public static OpenfseFactory factory() {
        return OpenfseFactory.eINSTANCE;
    }

    /**
     * A resource set that reads and writes OpenFSE model files: the package is registered under
     * {@value #NS_URI}, and both {@code *.openfse} and {@code *.xmi} files use the generated XMI
     * resource factory.
     */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(NS_URI, ePackage());
        OpenfseResourceFactoryImpl factory = new OpenfseResourceFactoryImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, factory);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", factory);
        return set;
    }

    /**
     * Writes {@code root} and everything it contains to {@code file} (UTF-8 XMI). References to
     * objects outside {@code root} are written as links to their own resources. If {@code root} is
     * the content of a resource, it is put back there afterwards.
     *
     * @throws IllegalArgumentException if {@code root} is contained in another object (saving it
     *         would take it out of its container): save the container, or an {@code EcoreUtil.copy}
     */
    public static void save(EObject root, Path file) throws IOException {
        Objects.requireNonNull(root, "root");
        if (root.eContainer() != null) {
            throw new IllegalArgumentException("a contained " + root.eClass().getName() + " cannot be saved on its own");
        }
        Resource previous = root.eResource();
        int index = previous == null ? -1 : previous.getContents().indexOf(root);
        Resource resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(root);
        try {
            resource.save(SAVE_OPTIONS);
        } finally {
            resource.getContents().remove(root);
            if (index >= 0) {
                previous.getContents().add(index, root);
            }
        }
    }

    /**
     * Reads the single root object of {@code file}.
     *
     * @throws IOException if the file cannot be read or does not hold exactly one {@code type}
     */
    public static <T extends EObject> T load(Path file, Class<T> type) throws IOException {
        Resource resource;
        try {
            resource = newResourceSet().getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        } catch (RuntimeException e) {
            throw new IOException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
        if (resource.getContents().size() != 1 || !type.isInstance(resource.getContents().get(0))) {
            throw new IOException(file + " does not hold exactly one " + type.getSimpleName());
        }
        return type.cast(resource.getContents().get(0));
    }
}
