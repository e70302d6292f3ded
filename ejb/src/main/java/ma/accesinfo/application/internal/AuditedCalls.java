package ma.accesinfo.application.internal;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.accesinfo.application.ActionNotAllowedException;
import ma.accesinfo.application.AuthenticationRequiredException;
import ma.accesinfo.application.RecordNotFoundException;
import ma.accesinfo.domain.model.account.Account;
import ma.accesinfo.domain.model.audit.AuditLog;
import ma.accesinfo.domain.model.audit.AuditRecord;
import ma.accesinfo.domain.model.audit.AuditRecord.Outcome;

/**
 * Writes the audit trail of the application services it is bound to: every action that changes
 * something, in the action's own transaction (so an action rolled back leaves no entry), and every
 * refused call, reads included, in a transaction of its own (so the refusal is kept).
 *
 * <p>The action is {@code Service.method}. The target is the record acted on: the call's first
 * argument when it is a plain value (a reference, a body code, a day), else the reference or code
 * of what the call returned. Form contents are never written: they may hold personal data.
 */
public class AuditedCalls {

  /** Methods that only read; they are written to the trail only when refused. */
  private static final Set<String> READING_PREFIXES =
      Set.of(
          "find",
          "list",
          "search",
          "events",
          "clock",
          "calendar",
          "deadline",
          "current",
          "preferred",
          "authenticate");

  @Inject AuditLog auditLog;
  @Inject Callers callers;
  @Inject Clock clock;

  @AroundInvoke
  public Object audit(InvocationContext call) throws Exception {
    Method method = call.getMethod();
    String action =
        method.getDeclaringClass().getSimpleName().replaceFirst("^Default", "")
            + "."
            + method.getName();
    Object result;
    try {
      result = call.proceed();
    } catch (AuthenticationRequiredException
        | ActionNotAllowedException
        | RecordNotFoundException refused) {
      auditLog.appendApart(record(action, target(call, null), Outcome.REFUSED, refused.code()));
      throw refused;
    }
    if (!reading(method.getName())) {
      auditLog.append(record(action, target(call, result), Outcome.DONE, null));
    }
    return result;
  }

  private AuditRecord record(String action, String target, Outcome outcome, String reason) {
    Optional<Account> actor = currentActor();
    return new AuditRecord(
        clock.instant(),
        actor.map(Account::id).orElse(null),
        actor.map(Account::email).orElse(null),
        action,
        target,
        outcome,
        reason == null ? Map.of() : Map.of("reason", reason));
  }

  private Optional<Account> currentActor() {
    try {
      return callers.current();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean reading(String method) {
    return READING_PREFIXES.stream().anyMatch(method::startsWith);
  }

  static String target(InvocationContext call, Object result) {
    Object[] arguments = call.getParameters();
    if (arguments.length > 0 && isPlain(arguments[0])) {
      return clip(String.valueOf(arguments[0]));
    }
    if (result != null && result.getClass().isRecord()) {
      for (String accessor : new String[] {"reference", "code"}) {
        try {
          Object value = result.getClass().getMethod(accessor).invoke(result);
          if (value != null) {
            return clip(value.toString());
          }
        } catch (ReflectiveOperationException e) {
          // the result has no such component
        }
      }
    }
    return null;
  }

  private static boolean isPlain(Object argument) {
    return argument instanceof String || argument instanceof Number || argument instanceof Temporal;
  }

  private static String clip(String text) {
    return text.length() <= 120 ? text : text.substring(0, 120);
  }
}
