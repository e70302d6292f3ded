package ma.accesinfo.perf;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * A year of requests at national scale, generated inside PostgreSQL in set-based statements (no row
 * crosses the network): bodies, requests with a realistic spread of channels, requesters (with an
 * e-mail address when they wrote online or by e-mail), urgency, outcomes, refusal grounds,
 * exemptions, extensions and answer times, a tenth still open, then complaints to heads (a fifth of
 * refusals and partial grants) and to the Commission (a third of the decided ones) with their
 * recommendations and compliance.
 */
public final class RequestGenerator {

  public static final int BODIES = 120;

  private RequestGenerator() {}

  /**
   * @param year the year the requests are received in
   * @param count how many
   * @param first the first number of their references (so that several years can be generated)
   */
  public static void requests(DataSource dataSource, int year, int count, int first)
      throws SQLException {
    requests(dataSource, year, count, first, UnaryOperator.identity());
  }

  /**
   * @param year the year the requests are received in
   * @param count how many
   * @param first the first number of their references (so that several years can be generated)
   * @param seal how the server stores a requester's identity number (sealed under its key): for a
   *     server to run on the data, so that it finds nothing to seal again at start
   */
  public static void requests(
      DataSource dataSource, int year, int count, int first, UnaryOperator<String> seal)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into body (code, kind, name_ar, name_fr) select 'B' || g, 'MINISTRY',"
              + " 'مؤسسة ' || g, 'Organisme ' || g from generate_series(1, "
              + BODIES
              + ") g on conflict (code) do nothing");
      s.execute(
          ("insert into information_request (reference, body_id, requester_first_name,"
                  + " requester_last_name, requester_national_id,"
                  + " requester_residence_document_number, requester_email, subject,"
                  + " description, urgent,"
                  + " urgency_reason, urgency_declined, delivery_mode, language, channel,"
                  + " received_at, received_on, due_date, first_due_date, status, resolution,"
                  + " decided_at, closed_at, extended, extension_ground, extension_explanation,"
                  + " refusal_ground, created_at, updated_at)"
                  + " select 'DI-%1$d-' || lpad((%3$d + g)::text, 7, '0'),"
                  + "   (select id from body where code = 'B' || (1 + (g::bigint * 7919) %% %4$d)),"
                  + "   'X', 'Y', case when x.who < 0.95 then %5$s end,"
                  + "   case when x.who >= 0.95 then %6$s end, case when x.channel in ('ONLINE',"
                  + "   'EMAIL', 'SINGLE_WINDOW') then 'demandeur' || g || '@example.ma' end,"
                  + "   (array['Marchés publics de l''équipement scolaire',"
                  + "   'Budget de fonctionnement des hôpitaux régionaux',"
                  + "   'Effectifs du personnel de la préfecture',"
                  + "   'Subventions accordées aux associations',"
                  + "   'Études d''impact des projets routiers', 'ميزانية الإدارة الجهوية للتجهيز',"
                  + "   'الصفقات العمومية للمستشفى الإقليمي', 'إحصائيات التعليم الأولي بالجماعة',"
                  + "   'عدد الموظفين بالعمالة', 'الدعم الممنوح للجمعيات'])[1 + (g / 7) %% 10], 'texte',"
                  + "   x.urgent,"
                  + "   case when x.urgent then 'vie' end, x.urgent and x.ext < 0.2, 'EMAIL',"
                  + "   case when g %% 3 = 0 then 'fr' else 'ar' end, x.channel, y.t, y.t::date,"
                  + "   y.t::date + y.period, y.t::date + y.period,"
                  + "   case when x.outcome = 'OPEN' then 'AWAITING_RESPONSE' when x.outcome in"
                  + "   ('WITHDRAWN', 'FORWARDED') then x.outcome else 'ANSWERED' end,"
                  + "   case when x.outcome <> 'OPEN' then x.outcome end,"
                  + "   case when x.outcome <> 'OPEN' then least(y.t + x.took, y.until) end,"
                  + "   case when x.outcome <> 'OPEN' then least(y.t + x.took, y.until) end,"
                  + "   x.ext < 0.08, case when x.ext < 0.08 then (array['CANNOT_ANSWER_IN_TIME',"
                  + "   'LARGE_VOLUME', 'CANNOT_SUPPLY_IN_TIME',"
                  + "   'THIRD_PARTY_CONSULTATION'])[1 + floor(x.ext * 50)::int] end,"
                  + "   case when x.ext < 0.08 then 'volume' end,"
                  + "   case when x.outcome = 'REFUSED' then (array['EXEMPTION', 'EXEMPTION',"
                  + "   'EXEMPTION', 'NOT_AVAILABLE', 'ALREADY_PUBLISHED', 'REPEATED_REQUEST',"
                  + "   'UNCLEAR', 'IN_PREPARATION', 'DEPOSITED_WITH_ARCHIVES'])[1 +"
                  + "   floor(x.ground * 9)::int] end, y.t, y.t"
                  + " from generate_series(1, %2$d) g, lateral (select"
                  + "   random() + 0 * g as pos, random() as who, random() < 0.02 as urgent,"
                  + "   random() as ext,"
                  + "   random() as ground,"
                  + "   (1 + floor(power(random(), 2) * 45)) * interval '1 day'"
                  + "     + random() * interval '8 hours' as took,"
                  + "   (select case when o < 0.10 then 'OPEN' when o < 0.65 then 'GRANTED' when"
                  + "   o < 0.77 then 'PARTIALLY_GRANTED' when o < 0.87 then 'REFUSED' when o <"
                  + "   0.93 then 'WITHDRAWN' else 'FORWARDED' end from (select random() + 0 * g"
                  + "   as o) r) as outcome,"
                  + "   (select case when h < 0.70 then 'ONLINE' when h < 0.82 then 'COUNTER' when"
                  + "   h < 0.90 then 'POST' when h < 0.97 then 'EMAIL' else 'SINGLE_WINDOW' end"
                  + "   from (select random() + 0 * g as h) r) as channel) x,"
                  + "   lateral (select case when x.outcome = 'OPEN' then e.until - x.pos *"
                  + "   case when x.urgent and x.ext >= 0.2 then interval '1 day' else interval '10 days'"
                  + "   end else"
                  + "   timestamptz '%1$d-01-01 09:00' + x.pos * (e.until - timestamptz"
                  + "   '%1$d-01-01 09:00') end as t, e.until, case when x.urgent and x.ext >= 0.2 then 3"
                  + "   else 28 end as period from (select least(now(),"
                  + "   timestamptz '%1$d-12-31 18:00') as until) e) y")
              .formatted(
                  year, count, first, BODIES, literal(seal.apply("Z")), literal(seal.apply("R"))));
      s.execute(
          "insert into request_exemption (request_id, code) select r.id, (array['NATIONAL_DEFENCE',"
              + " 'STATE_SECURITY', 'PRIVATE_LIFE', 'PRIVATE_LIFE', 'PRIVATE_LIFE',"
              + " 'FUNDAMENTAL_RIGHTS', 'SOURCES', 'FOREIGN_RELATIONS',"
              + " 'MONETARY_ECONOMIC_FINANCIAL_POLICY', 'INTELLECTUAL_PROPERTY',"
              + " 'PROTECTED_PERSONS', 'SPECIAL_LAW_CONFIDENTIALITY', 'GOVERNMENT_DELIBERATIONS',"
              + " 'ADMINISTRATIVE_INQUIRY', 'JUDICIAL_PROCEEDINGS', 'FAIR_COMPETITION'])[1 +"
              + " (r.id % 16)::int] from information_request r where r.reference like 'DI-"
              + year
              + "-%' and (r.refusal_ground = 'EXEMPTION' or r.resolution = 'PARTIALLY_GRANTED')");
      s.execute(
          "insert into head_complaint (reference, request_id, basis, grounds, received_at,"
              + " received_on, due_date, status, decision, decision_reasons, decided_at,"
              + " updated_at) select 'RC-' || r.id, r.id, case when r.resolution = 'REFUSED'"
              + " then 'REFUSAL' else 'PARTIAL_GRANT' end, 'motifs', r.closed_at + interval '5"
              + " days', (r.closed_at + interval '5 days')::date, (r.closed_at + interval '20"
              + " days')::date, case when r.id % 10 = 0 then 'AWAITING_DECISION' else 'CLOSED'"
              + " end, case when r.id % 10 <> 0 then (array['UPHELD', 'UPHELD', 'OVERTURNED',"
              + " 'PARTIALLY_OVERTURNED'])[1 + (r.id / 10 % 4)::int] end, case when r.id % 10 <>"
              + " 0 then 'motifs' end, case when r.id % 10 <> 0 then r.closed_at + interval '5"
              + " days' + (r.id % 20) * interval '1 day' end, r.closed_at from"
              + " information_request r where r.reference like 'DI-"
              + year
              + "-%' and r.resolution in ('REFUSED', 'PARTIALLY_GRANTED') and r.id % 5 = 0");
      s.execute(
          "insert into commission_complaint (reference, request_id, head_complaint_id, channel,"
              + " grounds, received_at, received_on, due_date, status, recommendation,"
              + " recommendation_reasons, recommended_at, compliance_status, updated_at)"
              + " select 'CDAI-' || h.id, h.request_id, h.id, 'ONLINE', 'motifs', h.decided_at +"
              + " interval '10 days', (h.decided_at + interval '10 days')::date, (h.decided_at +"
              + " interval '40 days')::date, case when h.id % 4 = 0 then 'UNDER_INVESTIGATION'"
              + " else 'RECOMMENDED' end, case when h.id % 4 <> 0 then (array['DISCLOSE',"
              + " 'DISCLOSE_PARTIALLY', 'UPHOLD_REFUSAL', 'OTHER'])[1 + (h.id / 4 % 4)::int] end,"
              + " case when h.id % 4 <> 0 then 'motifs' end, case when h.id % 4 <> 0 then"
              + " h.decided_at + interval '35 days' end, case when h.id % 4 <> 0 then"
              + " (array['PENDING', 'COMPLIED', 'NOT_COMPLIED'])[1 + (h.id / 16 % 3)::int] end,"
              + " h.updated_at from head_complaint h join information_request r on r.id ="
              + " h.request_id where r.reference like 'DI-"
              + year
              + "-%' and h.decided_at is not null and h.id % 3 = 0");
      s.execute("vacuum analyze");
    }
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
