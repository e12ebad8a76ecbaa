package org.gridlink.servicerequests;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.gridlink.common.web.ProblemException;
import org.gridlink.servicerequests.ServiceRequestEntities.RequestType;
import org.gridlink.servicerequests.ServiceRequestRecords.TypeDraft;
import org.gridlink.servicerequests.ServiceRequestRecords.TypeView;
import org.gridlink.servicerequests.ServiceRequestRepositories.Types;

/** The catalog of request types: residents see the active ones, staff edit all of them. */
@Singleton
class RequestTypes {
  private final Types types;
  private final RequestForms forms;
  private final Clock clock;

  RequestTypes(Types types, RequestForms forms, Clock clock) {
    this.types = types;
    this.forms = forms;
    this.clock = clock;
  }

  List<TypeView> active(Locale locale) {
    return types.findByActiveOrderBySortOrder(true).stream().map(t -> view(t, locale)).toList();
  }

  List<TypeView> all(Locale locale) {
    return types.findAllOrderBySortOrder().stream().map(t -> view(t, locale)).toList();
  }

  /** Creates the type or replaces it; requests already made keep the answers they gave. */
  TypeView put(String code, TypeDraft draft, Locale locale) {
    var keys = new HashSet<String>();
    for (FieldSpec f : draft.fields()) {
      if (!keys.add(f.key())) {
        throw ProblemException.badRequest("servicerequests.field-duplicate", f.key());
      }
      if (f.type() == FieldSpec.FieldType.CHOICE && f.options().isEmpty()) {
        throw ProblemException.badRequest("servicerequests.field-no-options", f.key());
      }
    }
    RequestType row =
        new RequestType(
            code,
            draft.nameZh().trim(),
            draft.nameEn().trim(),
            forms.write(draft.fields()),
            draft.responseHours(),
            draft.sortOrder(),
            draft.active(),
            clock.instant());
    return view(types.existsById(code) ? types.update(row) : types.save(row), locale);
  }

  String name(String code, Locale locale) {
    return types.findById(code).map(t -> name(t, locale)).orElse(code);
  }

  List<FieldSpec> fields(String code) {
    return types.findById(code).map(t -> forms.fields(t.fieldsJson())).orElse(List.of());
  }

  private TypeView view(RequestType t, Locale locale) {
    return new TypeView(
        t.code(),
        name(t, locale),
        t.nameZh(),
        t.nameEn(),
        forms.fields(t.fieldsJson()),
        t.responseHours(),
        t.sortOrder(),
        t.active());
  }

  private static String name(RequestType t, Locale locale) {
    return "zh".equals(locale.getLanguage()) ? t.nameZh() : t.nameEn();
  }
}
