package io.credere.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeEvent;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeReason;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.escalation.CaseEvent;
import io.credere.collections.escalation.CollectionCase;
import io.credere.collections.escalation.EscalationPolicy;
import io.credere.collections.plan.PaymentPlan;
import io.credere.collections.plan.PaymentSchedule;
import io.credere.collections.plan.PlanEvent;
import io.credere.collections.plan.PlanInterest;
import io.credere.collections.promise.PromiseEvent;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The aggregates change only through their commands: seen from outside their packages (as a
 * host sees them), there is no builder, no {@code with*}, no copy, no constructor, and the
 * generated class that has them cannot be reached.
 */
class AggregateEncapsulationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  private static final CustomerId CUSTOMER = CustomerId.of("C-1");

  private static List<Object> aggregates() {
    return List.of(
        PromiseToPay.fromContact(CUSTOMER, DAY, Money.parse("EUR 500.00"), DAY.plusDays(8),
            List.of(DocumentId.of("INV-1")), Optional.empty()),
        PaymentPlan.propose("PL-1", CUSTOMER, List.of(), PaymentSchedule.equal(
            Money.parse("EUR 900.00"), DAY, DAY.plusDays(30), 3, Period.ofMonths(1),
            PlanInterest.none())),
        CollectionCase.open("K-1", CUSTOMER, List.of(DocumentId.of("INV-1")),
            Money.parse("EUR 1000.00"), DAY, EscalationPolicy.standard()),
        Dispute.open("D-1", DisputeRequest.builder().customerId(CUSTOMER)
            .documentId(DocumentId.of("INV-1")).amount(Money.parse("EUR 50.00"))
            .reason(DisputeReason.PRICING).raisedOn(DAY).build(), DisputePolicy.standard()));
  }

  @Test
  void the_public_aggregate_types_offer_no_builder_with_copy_or_constructor() {
    for (Class<?> type : List.of(PromiseToPay.class, PaymentPlan.class, CollectionCase.class,
        Dispute.class)) {
      assertThat(Modifier.isAbstract(type.getModifiers())).as(type.getName()).isTrue();
      List<String> bypasses = Arrays.stream(type.getMethods())
          .map(Method::getName)
          .filter(name -> name.startsWith("with") || name.equals("builder")
              || name.equals("copyOf") || name.equals("from") || name.startsWith("set"))
          .collect(Collectors.toList());
      assertThat(bypasses).as(type.getName()).isEmpty();
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        assertThat(Modifier.isPublic(constructor.getModifiers())
            || Modifier.isProtected(constructor.getModifiers()))
            .as("constructor of " + type.getName() + " reachable from outside").isFalse();
      }
      List<String> factories = Arrays.stream(type.getMethods())
          .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type)
          .map(Method::getName).distinct().sorted().collect(Collectors.toList());
      assertThat(factories).as(type.getName()).contains("restore")
          .allMatch(name -> List.of("restore", "open", "propose", "fromContact").contains(name));
    }
  }

  @Test
  void the_generated_class_behind_an_aggregate_is_package_private_and_its_with_methods_unreachable()
      throws Exception {
    for (Object aggregate : aggregates()) {
      Class<?> generated = aggregate.getClass();
      assertThat(generated.getSimpleName()).startsWith("Immutable");
      assertThat(Modifier.isPublic(generated.getModifiers())).as(generated.getName()).isFalse();
      List<Method> bypasses = new ArrayList<>();
      for (Method method : generated.getDeclaredMethods()) {
        if (method.getName().startsWith("with") || method.getName().equals("builder")
            || method.getName().equals("copyOf")) {
          bypasses.add(method);
        }
      }
      // with* is not generated at all (copy = false); the builder exists but only for the
      // aggregate's own package: calling it from here is refused.
      assertThat(bypasses).noneMatch(m -> m.getName().startsWith("with"));
      Method builder = generated.getDeclaredMethod("builder");
      assertThat(builder.canAccess(null)).as(generated.getName() + ".builder()").isFalse();
    }
  }

  @Test
  void every_event_type_is_sealed_and_its_events_are_records() {
    for (Class<?> type : List.of(PromiseEvent.class, PlanEvent.class, CaseEvent.class,
        DisputeEvent.class)) {
      assertThat(type.isSealed()).as(type.getName()).isTrue();
      assertThat(type.getPermittedSubclasses()).isNotEmpty()
          .allMatch(Class::isRecord, "is a record");
    }
  }
}
