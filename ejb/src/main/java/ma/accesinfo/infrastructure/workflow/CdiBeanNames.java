package ma.accesinfo.infrastructure.workflow;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Lets the process engine's expressions name CDI beans: {@code ${releaseDecisionDelegate}} resolves
 * to the {@code @Named} bean. The engine reads its beans through a map; this one looks names up in
 * CDI when they are asked for.
 */
final class CdiBeanNames extends AbstractMap<Object, Object> {

  private final BeanManager beanManager;

  CdiBeanNames(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public boolean containsKey(Object name) {
    return name instanceof String s && !beanManager.getBeans(s).isEmpty();
  }

  @Override
  public Object get(Object name) {
    if (!(name instanceof String s)) {
      return null;
    }
    Set<Bean<?>> beans = beanManager.getBeans(s);
    if (beans.isEmpty()) {
      return null;
    }
    Bean<?> bean = beanManager.resolve(beans);
    CreationalContext<?> context = beanManager.createCreationalContext(bean);
    return beanManager.getReference(bean, bean.getBeanClass(), context);
  }

  @Override
  public Set<Map.Entry<Object, Object>> entrySet() {
    return Set.of();
  }
}
