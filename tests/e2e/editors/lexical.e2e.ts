// Editor family: Lexical (rich text + history), from its npm package (fixtures/editors/lexical.html).
import { describeModelEditor } from './model-editor.ts';

describeModelEditor({ name: 'Lexical (rich text + history)', fixture: 'lexical.html', editor: '#svar' });
