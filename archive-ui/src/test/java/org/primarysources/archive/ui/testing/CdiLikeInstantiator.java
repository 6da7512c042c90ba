package org.primarysources.archive.ui.testing;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Creates the archive's classes the way vaadin-cdi has CDI create them: through the {@code @Inject} constructor
 * (or the no-argument one), with {@code @ApplicationScoped} beans made once, and with every
 * {@code @Observes ServiceInitEvent} method of the UI notified when the Vaadin service starts.
 */
final class CdiLikeInstantiator extends DefaultInstantiator {

    private static final String OUR_PACKAGES = "org.primarysources.archive";

    private final Map<Class<?>, Object> beans = new ConcurrentHashMap<>();
    private final List<Class<?>> created = new CopyOnWriteArrayList<>();

    CdiLikeInstantiator(VaadinService service, Map<Class<?>, Object> providedBeans) {
        super(service);
        beans.putAll(providedBeans);
    }

    List<Class<?>> created() {
        return List.copyOf(created);
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        Object bean = beans.get(type);
        if (bean != null) {
            return type.cast(bean);
        }
        if (!type.getName().startsWith(OUR_PACKAGES)) {
            return super.getOrCreate(type);
        }
        T instance = construct(type);
        created.add(type);
        if (type.isAnnotationPresent(ApplicationScoped.class)) {
            beans.put(type, instance);
        }
        return instance;
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), Stream.of(this::notifyObservers));
    }

    private void notifyObservers(ServiceInitEvent event) {
        for (Class<?> observer : serviceInitObservers()) {
            for (Method method : observer.getDeclaredMethods()) {
                Parameter[] parameters = method.getParameters();
                if (parameters.length > 0 && parameters[0].isAnnotationPresent(Observes.class)
                        && parameters[0].getType() == ServiceInitEvent.class) {
                    Object[] arguments = new Object[parameters.length];
                    arguments[0] = event;
                    for (int i = 1; i < parameters.length; i++) {
                        arguments[i] = getOrCreate(parameters[i].getType());
                    }
                    invoke(method, getOrCreate(observer), arguments);
                }
            }
        }
    }

    private static List<Class<?>> serviceInitObservers() {
        try (ScanResult scan = new ClassGraph()
                .enableClassInfo().enableMethodInfo().enableAnnotationInfo()
                .ignoreClassVisibility().ignoreMethodVisibility()
                .acceptPackages(OUR_PACKAGES)
                .scan()) {
            return scan.getClassesWithMethodParameterAnnotation(Observes.class).loadClasses();
        }
    }

    private <T> T construct(Class<T> type) {
        Constructor<?> constructor = beanConstructor(type);
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(this::getOrCreate).toArray();
        try {
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Creating " + type.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getName(), e);
        }
    }

    /** The constructor CDI would use; a class without one is no CDI bean, which the test should reveal. */
    private static Constructor<?> beanConstructor(Class<?> type) {
        List<Constructor<?>> injectable = Arrays.stream(type.getDeclaredConstructors())
                .filter(constructor -> constructor.isAnnotationPresent(Inject.class))
                .toList();
        if (injectable.size() == 1) {
            return injectable.get(0);
        }
        if (!injectable.isEmpty()) {
            throw new IllegalStateException(type.getName() + " has more than one @Inject constructor");
        }
        return Arrays.stream(type.getDeclaredConstructors())
                .filter(constructor -> constructor.getParameterCount() == 0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        type.getName() + " is no CDI bean: it has neither an @Inject nor a no-argument constructor"));
    }

    private static void invoke(Method method, Object target, Object[] arguments) {
        try {
            method.setAccessible(true);
            method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Observer " + method + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call observer " + method, e);
        }
    }
}
