package org.openfse.model.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenClass;
import org.eclipse.emf.codegen.ecore.genmodel.GenEnum;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of org.openfse.model outside Eclipse, with EMF's own generator
 * (org.eclipse.emf.codegen.ecore from Maven Central) and its precompiled JET templates.
 *
 * <ol>
 * <li>Reads {@code model/openfse.ecore} and {@code model/openfse.genmodel}.</li>
 * <li>Rebuilds the generator model from the .ecore and reconciles it with the committed one, so
 *     that new classes and features are picked up and every setting of the committed .genmodel
 *     is kept (what EMF's "Reload" does in the IDE); entries of removed or retyped elements are
 *     dropped; writes the .genmodel back.</li>
 * <li>Generates the model code into a fresh temporary project (so nothing is merged with old
 *     code) and replaces {@code src-gen/} with its {@code src-gen/}. The manifest, plugin.xml
 *     and build.properties it also writes there are thrown away: the bundle's own are kept.</li>
 * </ol>
 *
 * <p>Usage: {@code Generate <bundle folder>}. Exit code 1 on any error diagnostic.
 */
public final class Generate {

    private static final String PROJECT = "org.openfse.model";

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Generate <path of bundles/org.openfse.model>");
            System.exit(2);
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize();
        Path genmodelFile = bundle.resolve("model/openfse.genmodel");
        Path ecoreFile = bundle.resolve("model/openfse.ecore");

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

        Resource ecore = resources.getResource(URI.createFileURI(ecoreFile.toString()), true);
        EPackage ePackage = (EPackage) ecore.getContents().get(0);
        Resource genmodelResource = resources.getResource(URI.createFileURI(genmodelFile.toString()), true);
        GenModel committed = (GenModel) genmodelResource.getContents().get(0);
        pruneStale(committed, resources);
        EcoreUtil.resolveAll(resources); // the committed model must keep its links once detached

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genmodelResource.getContents().set(0, genModel);
        genModel.reconcile(committed);
        genModel.setImporterID(committed.getImporterID()); // not copied by reconcile; lets the IDE reload
        genModel.getForeignModel().clear();
        genModel.getForeignModel().add(ecoreFile.getFileName().toString());
        genmodelResource.save(null);

        failOnError("generator model", genModel.diagnose());
        genModel.setCanGenerate(true);

        Path project = Files.createTempDirectory("openfse-model-gen");
        EcorePlugin.getPlatformResourceMap().put(PROJECT, URI.createFileURI(project + "/"));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        failOnError("generation", result);

        Path generated = project.resolve("src-gen");
        if (!Files.isDirectory(generated)) {
            throw new IllegalStateException("the generator wrote no " + generated);
        }
        Path target = bundle.resolve("src-gen");
        deleteTree(target);
        copyTree(generated, target);
        deleteTree(project);
        try (Stream<Path> files = Files.walk(target)) {
            System.out.println("wrote " + files.filter(Files::isRegularFile).count() + " files to " + target);
        }
    }

    /**
     * Drops from the committed generator model the entries whose Ecore element is gone or changed
     * kind (an EEnum turned into an EDataType...): they would not resolve to the expected type.
     * Their settings are lost, which is what the IDE's "Reload" does too.
     */
    private static void pruneStale(GenModel committed, ResourceSet resources) {
        for (GenPackage genPackage : committed.getGenPackages()) {
            genPackage.getGenClasses().removeIf(genClass -> !(target(genClass,
                    GenModelPackage.Literals.GEN_CLASS__ECORE_CLASS, resources) instanceof EClass));
            genPackage.getGenEnums().removeIf(genEnum -> !(target(genEnum,
                    GenModelPackage.Literals.GEN_ENUM__ECORE_ENUM, resources) instanceof EEnum));
            genPackage.getGenDataTypes().removeIf(genDataType -> {
                EObject target = target(genDataType, GenModelPackage.Literals.GEN_DATA_TYPE__ECORE_DATA_TYPE, resources);
                return !(target instanceof EDataType) || target instanceof EEnum;
            });
            for (GenClass genClass : genPackage.getGenClasses()) {
                genClass.getGenFeatures().removeIf(genFeature -> {
                    EObject target = target(genFeature, GenModelPackage.Literals.GEN_FEATURE__ECORE_FEATURE, resources);
                    return !(target instanceof EStructuralFeature feature)
                            || feature.getEContainingClass() != genClass.getEcoreClass();
                });
                genClass.getGenOperations().clear(); // the model declares no operations
            }
            for (GenEnum genEnum : genPackage.getGenEnums()) {
                genEnum.getGenEnumLiterals().removeIf(literal -> !(target(literal,
                        GenModelPackage.Literals.GEN_ENUM_LITERAL__ECORE_ENUM_LITERAL, resources) instanceof EEnumLiteral));
            }
        }
    }

    private static EObject target(EObject owner, EReference reference, ResourceSet resources) {
        Object value = owner.eGet(reference, false);
        if (!(value instanceof EObject target)) {
            return null;
        }
        EObject resolved = EcoreUtil.resolve(target, resources);
        return resolved.eIsProxy() ? null : resolved;
    }

    private static void failOnError(String what, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            System.err.println(what + " failed:");
            print(diagnostic, "  ");
            System.exit(1);
        }
        if (diagnostic.getSeverity() == Diagnostic.WARNING) {
            print(diagnostic, "  warning: ");
        }
    }

    private static void print(Diagnostic diagnostic, String indent) {
        System.err.println(indent + diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            print(child, indent + "  ");
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path destination = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
