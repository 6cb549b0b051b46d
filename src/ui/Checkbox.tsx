// A labelled checkbox: the label wraps the box, so clicking the words ticks it and tests find it
// by role and name.
interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  describedBy?: string;
}

export function Checkbox({ label, checked, onChange, describedBy }: CheckboxProps) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={checked}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}
