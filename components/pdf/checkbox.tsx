import { StyleSheet, View } from "@react-pdf/renderer";
import { colors } from "./theme";

const styles = StyleSheet.create({
  box: {
    width: 10,
    height: 10,
    borderWidth: 1,
    borderColor: colors.ink,
    borderRadius: 1,
    marginTop: 2,
    marginRight: 2,
  },
});

/** An empty box to tick on paper: drawn, since the typeface has no ☐. */
export function Checkbox() {
  return <View style={styles.box} />;
}
