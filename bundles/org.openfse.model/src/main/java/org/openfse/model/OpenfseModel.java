package org.openfse.model;

import java.net.URL;
import java.util.Objects;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * The OpenFSE metamodel, read from {@value #ECORE_PATH} in this bundle. Until Java code is
 * generated from it (a later issue), clients work with dynamic EMF objects of this package.
 *
 * <p>The package is loaded once, on first use. It is not put into the global
 * {@code EPackage.Registry}: register it in the resource set that reads or writes instances.
 */
public final class OpenfseModel {

    /** Namespace URI of the metamodel; a new major version of the model gets a new URI. */
    public static final String NS_URI = "http://openfse.org/model/1.0";

    /** Where the .ecore lives inside the bundle. */
    public static final String ECORE_PATH = "model/openfse.ecore";

    private OpenfseModel() {
    }

    /** The metamodel's package ({@code openfse}, {@value #NS_URI}). */
    public static EPackage ePackage() {
        return Holder.PACKAGE;
    }

    /** Reads {@value #ECORE_PATH} through a class loader (the bundle's, in OSGi). */
    static EPackage load(ClassLoader loader) {
        URL location = loader.getResource(ECORE_PATH);
        if (location == null) {
            throw new IllegalStateException("the class loader finds no " + ECORE_PATH);
        }
        return load(location);
    }

    /** Reads the .ecore at {@code location} with a fresh resource set. */
    static EPackage load(URL location) {
        Objects.requireNonNull(location, "location");
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource resource = resourceSet.getResource(URI.createURI(location.toString()), true);
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof EPackage ePackage)) {
            throw new IllegalStateException(location + " does not hold exactly one EPackage");
        }
        if (!NS_URI.equals(ePackage.getNsURI())) {
            throw new IllegalStateException(location + " has nsURI " + ePackage.getNsURI() + ", expected " + NS_URI);
        }
        return ePackage;
    }

    /** Loads on first use, once, thread-safely (class initialisation). */
    private static final class Holder {
        static final EPackage PACKAGE = load(OpenfseModel.class.getClassLoader());
    }
}
