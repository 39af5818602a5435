package org.deconfliction.atlas.timeline.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.timeline.DateInput;
import org.deconfliction.atlas.timeline.DateSpan;

/**
 * The control bar's field for jumping to a date, picked from a calendar or typed as {@code YYYY-MM-DD}. Text that
 * is not a date, a day that does not exist ({@code 2019-02-30}) and a day outside the data's period are refused
 * with a message under the field naming what was typed, and nothing jumps.
 */
final class DateField {

    private final DatePicker picker = new DatePicker();
    private DateSpan period;

    /** @param onJump called with each acceptable day the user picks or types */
    DateField(Consumer<LocalDate> onJump) {
        picker.setAriaLabel("Current date");
        picker.setPlaceholder("YYYY-MM-DD");
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        picker.setManualValidation(true);
        picker.setFallbackParser(this::parseTyped);
        picker.setWidth("10em");
        picker.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            if (period != null && !period.contains(e.getValue())) {
                refuse(e.getValue().toString(), "the incidents run from " + label(period.first()) + " to " + label(period.last()));
                return;
            }
            picker.setInvalid(false);
            onJump.accept(e.getValue());
        });
    }

    DatePicker picker() {
        return picker;
    }

    /** Limits the days that can be picked to the period; null for any day. */
    void setPeriod(DateSpan newPeriod) {
        period = newPeriod;
        picker.setMin(newPeriod == null ? null : newPeriod.first());
        picker.setMax(newPeriod == null ? null : newPeriod.last());
    }

    /** Shows the current date, replacing any refused entry. */
    void show(LocalDate current) {
        picker.setInvalid(false);
        picker.setValue(current);
    }

    /** Reads what the browser could not: text in ISO form, or the problem with it. */
    private Result<LocalDate> parseTyped(String text) {
        DateInput input = DateInput.parse(text);
        if (input.problem() != null) {
            refuse(text, input.problem());
            return Result.error(input.problem());
        }
        return Result.ok(input.date());
    }

    private void refuse(String text, String problem) {
        picker.setErrorMessage("'" + text + "' was refused: " + problem);
        picker.setInvalid(true);
    }

    private static String label(LocalDate day) {
        return IncidentDate.day(day).label();
    }
}
