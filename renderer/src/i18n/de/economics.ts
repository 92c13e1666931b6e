/** German texts of money and CO2: rates, currency, emission factors, the value line. */
import type { AreaOf } from '../../../../shared/catalogue-types';
import type { economics as en } from '../en/economics';

export const economics: AreaOf<typeof en> = {
  'econ.title': 'Geld und CO₂',
  'econ.fleetHint': 'Vorgabe für die Flotte; die Seite einer Anlage kann eigene Werte setzen',
  'econ.siteHint': 'Leere Felder verwenden die Vorgabe der Flotte (Einstellungen)',
  'econ.notSaved': 'Die Werte wurden nicht gespeichert',
  'econ.currency': 'Währung',
  'econ.currencyHint':
    'Leer folgt der Region Ihres Computers. Preise werden in dieser Währung eingegeben.',
  'econ.currencyInvalid': 'Geben Sie einen dreistelligen Währungscode wie EUR oder USD ein.',
  'econ.factors': 'Emissionsfaktoren des Netzes',
  'econ.factorsHint':
    'kg CO₂ pro kWh aus dem Netz, nach Land. {source} Geben Sie einen Wert ein, um Ihren eigenen zu verwenden.',
  'econ.world': '{value} (Welt)',
  'econ.saveFactors': 'Faktoren speichern',
  'econ.countryMessage': '{country}: {message}',
  'econ.price': 'Strompreis',
  'econ.priceHint': 'Was eine aus dem Netz bezogene kWh kostet.',
  'econ.feedIn': 'Einspeisevergütung',
  'econ.feedInHint': 'Was das Netz für eine eingespeiste kWh zahlt.',
  'econ.share': 'Eigenverbrauch',
  'econ.shareHint':
    'Anteil der Erzeugung, der im Gebäude verbraucht wird; der Rest wird eingespeist.',
  'econ.factor': 'Emissionsfaktor des Netzes',
  'econ.factorHint': 'Leer verwendet den Faktor des Landes.',
  'econ.what.price': 'Der Strompreis',
  'econ.what.feedIn': 'Die Einspeisevergütung',
  'econ.what.sharePercent': 'Der Eigenverbrauchsanteil',
  'econ.what.factor': 'Der Emissionsfaktor',
  'econ.notNumber': '{what} muss eine Zahl sein.',
  'econ.atMost': '{what} darf höchstens {max} sein.',
  'econ.needed': '{what} wird benötigt.',
  'econ.noPrice':
    'Kein Strompreis festgelegt (Einstellungen), daher werden keine Einsparungen angezeigt',
  'econ.saved': 'Eingespart',
  'econ.avoided': 'CO₂ vermieden',
};
