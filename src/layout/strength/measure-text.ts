/** A measure id as a title: "irregular-reserves" -> "Irregular reserves", "x-camels" -> "Camels". */
export function measureText(measure: string): string {
  const words = measure.replace(/^x-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
